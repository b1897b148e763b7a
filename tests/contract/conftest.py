"""The contract tests use the generated Python SDK as a partner would: importable from openapi/python (the
package `make clients` writes), without installing it into the project's environment."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.config import PROJECT_ROOT

PYTHON_SDK = str(PROJECT_ROOT / "openapi" / "python")
if PYTHON_SDK not in sys.path:
    sys.path.insert(0, PYTHON_SDK)

HERE = Path(__file__).parent
NODE_MODULES = PROJECT_ROOT / "openapi" / "typescript" / "node_modules"


@pytest.fixture
def journey_build(tmp_path: Path) -> Path:
    """The TypeScript journeys (tests/contract/*.mts, listed in its tsconfig.json) and the client, compiled to
    JavaScript with `tsc --strict` in a folder where Node finds the npm packages; the scripts are under
    tests/contract/ in it."""
    assert shutil.which("node"), "the TypeScript journeys need Node.js 20"
    assert NODE_MODULES.exists(), "openapi/typescript/node_modules is missing: `make node-deps` runs npm ci"
    build = tmp_path / "build"
    result = subprocess.run(
        [str(NODE_MODULES / ".bin" / "tsc"), "-p", str(HERE / "tsconfig.json"), "--outDir", str(build)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (build / "node_modules").symlink_to(NODE_MODULES, target_is_directory=True)
    (build / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    return build
