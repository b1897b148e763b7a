"""The generated clients are what the committed spec generates, byte for byte, and the TypeScript one compiles
under `tsc --strict`. (That the committed spec is the app's own is tests/integration/test_openapi.py.)"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from app.config import PROJECT_ROOT

OPENAPI = PROJECT_ROOT / "openapi"
TYPESCRIPT = OPENAPI / "typescript"
TSC = TYPESCRIPT / "node_modules" / ".bin" / "tsc"


def _run(command: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=timeout, check=False)


def test_the_committed_clients_are_generated_from_the_committed_spec() -> None:
    for tool in ("java", "node"):
        assert shutil.which(tool), f"{tool} is needed to generate the clients (Java 17, Node.js 20): openapi/README.md"
    result = _run([sys.executable, "tools/clients.py", "--check"], timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_typescript_client_compiles_strictly() -> None:
    assert TSC.exists(), "openapi/typescript/node_modules is missing: `make node-deps` runs npm ci"
    config = json.loads((TYPESCRIPT / "tsconfig.json").read_text(encoding="utf-8"))
    assert config["compilerOptions"]["strict"] is True
    result = _run([str(TSC), "--noEmit", "-p", str(TYPESCRIPT / "tsconfig.json")], timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("manifest", ["python/pyproject.toml", "typescript/package.json", "kotlin/build.gradle"])
def test_every_client_carries_the_specs_version(manifest: str) -> None:
    version = json.loads((OPENAPI / "openapi.json").read_text(encoding="utf-8"))["info"]["version"]
    text = (OPENAPI / manifest).read_text(encoding="utf-8")
    assert f'"{version}"' in text or f"'{version}'" in text, f"openapi/{manifest} does not say version {version}"
