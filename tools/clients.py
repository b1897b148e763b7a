"""Generate the API clients under openapi/ from openapi/openapi.json, or check that the committed ones match.

    python tools/clients.py            regenerate openapi/python, openapi/typescript/src/schema.ts, openapi/kotlin
                                       and openapi/swift (`make clients` runs `make openapi` first)
    python tools/clients.py --check    generate into a temporary folder and fail when anything committed differs

Everything is generated into a fresh, empty folder and then moved into place, so the output depends on the spec
and the pinned generator versions alone (uv.lock, openapi/typescript/package-lock.json): generating twice gives
byte-identical files. Kotlin and Swift come from one run of openapi-generator (one JVM start-up).
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OPENAPI = ROOT / "openapi"
SPEC = OPENAPI / "openapi.json"
TYPESCRIPT = OPENAPI / "typescript"
PYTHON_TEMPLATES = OPENAPI / "templates" / "python"
BIN = Path(sys.executable).parent  # the project's virtualenv: the generators are its dev dependencies

# What this script writes, relative to openapi/: everything else there is written by hand.
GENERATED = ("python", "typescript/src/schema.ts", "kotlin", "swift")

# Files openapi-generator would add that a committed client does not need: a script that pushes to GitHub, CI
# configs for a repository that is not theirs, and the Gradle wrapper (a binary jar).
GENERATOR_IGNORE = """\
# Written by tools/clients.py: files openapi-generator leaves out of the committed clients.
git_push.sh
.travis.yml
.github/**
gradlew
gradlew.bat
gradle/**
"""


def _need(tool: str, hint: str) -> str:
    path = shutil.which(tool)
    if path is None:
        sys.exit(f"tools/clients.py: `{tool}` is not on PATH: {hint}")
    return path


def _run(command: list[str], cwd: Path | None = None) -> None:
    # RUFF_NO_CACHE: openapi-python-client runs ruff on its output, which would leave a cache folder in it.
    env = os.environ | {"PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", "RUFF_NO_CACHE": "true"}
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"tools/clients.py: {' '.join(command)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")


def generate_python(spec: Path, version: str, out: Path) -> None:
    config = out.parent / "python-config.json"
    config.write_text(
        json.dumps(
            {
                "project_name_override": "qurultay-client",
                "package_name_override": "qurultay_client",
                "package_version_override": version,
                "literal_enums": True,
                # Binary and text documents (QR tickets, iCal, CSV) reach Python callers as bytes.
                "content_type_overrides": {
                    "image/png": "application/octet-stream",
                    "image/svg+xml": "application/octet-stream",
                    "text/calendar": "application/octet-stream",
                    "text/csv": "application/octet-stream",
                },
                "post_hooks": ["ruff check . --fix-only --quiet", "ruff format . --quiet"],
            }
        ),
        encoding="utf-8",
    )
    _run(
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(spec),
            "--meta",
            "uv",
            "--config",
            str(config),
            "--custom-template-path",
            str(PYTHON_TEMPLATES),
            "--output-path",
            str(out),
            "--fail-on-warning",
        ]
    )


def generate_typescript(spec: Path, out: Path) -> None:
    generator = TYPESCRIPT / "node_modules" / ".bin" / "openapi-typescript"
    _need("node", "Node.js 20 is needed for the TypeScript client (Debian: apt-get install nodejs npm)")
    if not generator.exists():
        sys.exit(f"tools/clients.py: {generator} is missing: run `npm ci --prefix openapi/typescript` (make does)")
    out.parent.mkdir(parents=True, exist_ok=True)
    _run([str(generator), str(spec), "--output", str(out)])


def generate_native(spec: Path, version: str, kotlin: Path, swift: Path) -> None:
    _need("java", "Java 17 is needed for the Kotlin and Swift clients (Debian: apt-get install openjdk-17-jre)")
    configs = {
        "kotlin": {
            "generatorName": "kotlin",
            "outputDir": str(kotlin),
            "additionalProperties": {
                "packageName": "org.qurultay.client",
                "groupId": "org.qurultay",
                "artifactId": "qurultay-client",
                "artifactVersion": version,
                "library": "jvm-okhttp4",
                "serializationLibrary": "kotlinx_serialization",
                "enumPropertyNaming": "UPPERCASE",
                "hideGenerationTimestamp": True,
            },
        },
        "swift": {
            "generatorName": "swift5",
            "outputDir": str(swift),
            "additionalProperties": {
                "projectName": "QurultayClient",
                "podVersion": version,
                "responseAs": "AsyncAwait",
                "useSPMFileStructure": True,
                "hideGenerationTimestamp": True,
            },
        },
    }
    paths = []
    for name, config in configs.items():
        Path(config["outputDir"]).mkdir(parents=True)
        (Path(config["outputDir"]) / ".openapi-generator-ignore").write_text(GENERATOR_IGNORE, encoding="utf-8")
        path = kotlin.parent / f"{name}-config.json"
        path.write_text(json.dumps({"inputSpec": str(spec), **config}), encoding="utf-8")
        paths.append(str(path))
    _run([str(BIN / "openapi-generator-cli"), "batch", "--fail-fast", "--threads", "2", *paths])


def generate_all(spec: Path, out: Path) -> None:
    """Write every generated client under `out` (which must be empty), laid out as under openapi/."""
    version = json.loads(spec.read_text(encoding="utf-8"))["info"]["version"]
    out.mkdir(parents=True)
    generate_python(spec, version, out / "python")
    generate_typescript(spec, out / "typescript" / "src" / "schema.ts")
    generate_native(spec, version, out / "kotlin", out / "swift")
    for config in out.glob("*-config.json"):
        config.unlink()


def _files(base: Path, relative: str) -> set[str]:
    target = base / relative
    if target.is_file():
        return {relative}
    if not target.exists():
        return set()
    return {str(path.relative_to(base)) for path in target.rglob("*") if path.is_file()}


def differences(fresh: Path, committed: Path) -> list[str]:
    """What differs between a fresh generation and openapi/, one line per file."""
    lines = []
    for relative in GENERATED:
        expected, actual = _files(fresh, relative), _files(committed, relative)
        lines += [f"missing: openapi/{name}" for name in sorted(expected - actual)]
        lines += [f"not generated (remove it): openapi/{name}" for name in sorted(actual - expected)]
        lines += [
            f"differs: openapi/{name}"
            for name in sorted(expected & actual)
            if not filecmp.cmp(fresh / name, committed / name, shallow=False)
        ]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--check", action="store_true", help="compare with what is committed instead of writing")
    args = parser.parse_args()
    spec = args.spec.resolve()
    with tempfile.TemporaryDirectory(prefix="qurultay-clients-") as temporary:
        fresh = Path(temporary) / "openapi"
        generate_all(spec, fresh)
        if args.check:
            drift = differences(fresh, OPENAPI)
            if drift:
                stale = "The generated clients are out of date: run `make clients` and commit openapi/."
                sys.exit("\n".join([stale, *drift]))
            print("The committed clients match openapi/openapi.json.")
            return
        for relative in GENERATED:
            target, source = OPENAPI / relative, fresh / relative
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(source, target)
            print(f"wrote openapi/{relative}")
        # The TypeScript package's own metadata is written by hand, but its version is the API's: npm sets it in
        # package.json and package-lock.json alike.
        version = json.loads(spec.read_text(encoding="utf-8"))["info"]["version"]
        _run(["npm", "version", version, "--no-git-tag-version", "--allow-same-version", "--prefix", str(TYPESCRIPT)])


if __name__ == "__main__":
    main()
