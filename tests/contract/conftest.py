"""The contract tests use the generated Python SDK as a partner would: importable from openapi/python (the
package `make clients` writes), without installing it into the project's environment."""

from __future__ import annotations

import sys

from app.config import PROJECT_ROOT

PYTHON_SDK = str(PROJECT_ROOT / "openapi" / "python")
if PYTHON_SDK not in sys.path:
    sys.path.insert(0, PYTHON_SDK)
