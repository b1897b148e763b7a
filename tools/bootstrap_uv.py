"""Install uv into .tools/bin using nothing but the Python standard library.

A fresh Debian or Ubuntu has python3 but often neither pip nor venv (python3-venv is a separate package), so
`make` fetches uv's wheel from PyPI itself, checks its SHA-256 against PyPI's, and unpacks the binary.
"""

from __future__ import annotations

import fnmatch
import hashlib
import io
import json
import platform
import stat
import sys
import urllib.request
import zipfile
from pathlib import Path

# PEP 691 JSON form of the simple index: the API pip itself uses, so it is reachable wherever pip is.
INDEX = "https://pypi.org/simple/uv/"


def _platform_tags() -> list[str]:
    machine = platform.machine().lower()
    arch = {"amd64": "x86_64", "arm64": "aarch64"}.get(machine, machine)
    if sys.platform.startswith("linux"):
        libc, _ = platform.libc_ver()
        flavour = ["manylinux", "musllinux"] if libc == "glibc" else ["musllinux", "manylinux"]
        return [f"{f}*{arch}" for f in flavour]
    if sys.platform == "darwin":
        return [f"macosx*{'arm64' if arch == 'aarch64' else arch}"]
    raise SystemExit(f"unsupported platform {sys.platform}/{machine}: install uv yourself and re-run make")


def _pick(files: list[dict[str, object]], version: str) -> dict[str, object]:
    for pattern in _platform_tags():
        for entry in files:
            name = str(entry["filename"])
            if fnmatch.fnmatch(name, f"uv-{version}-py3-none-*{pattern}*.whl") and not entry.get("yanked"):
                return entry
    raise SystemExit("no uv wheel for this platform on PyPI: install uv yourself and re-run make")


def main(version: str, target: Path) -> None:
    request = urllib.request.Request(INDEX, headers={"Accept": "application/vnd.pypi.simple.v1+json"})
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
        index = json.load(response)
    wheel = _pick(index["files"], version)
    with urllib.request.urlopen(str(wheel["url"]), timeout=300) as response:  # noqa: S310
        payload = response.read()
    expected = wheel["hashes"]["sha256"]  # type: ignore[index]
    if hashlib.sha256(payload).hexdigest() != expected:
        raise SystemExit(f"checksum mismatch for {wheel['filename']}")
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        member = next(n for n in archive.namelist() if n.endswith("/scripts/uv"))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(archive.read(member))
    target.chmod(target.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    print(f"installed uv {version} at {target}")


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
