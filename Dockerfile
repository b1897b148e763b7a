# The API image used by compose.yaml. Dependencies come from the committed lock file.
FROM python:3.11-slim
COPY --from=ghcr.io/astral-sh/uv:0.13.9 /uv /usr/local/bin/uv
WORKDIR /srv/qurultay
ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PYTHON_DOWNLOADS=never
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --frozen --no-dev --no-install-project
COPY app ./app
COPY migrations ./migrations
RUN uv sync --frozen --no-dev
ENV PATH="/srv/qurultay/.venv/bin:$PATH" QURULTAY_HOST=0.0.0.0 QURULTAY_PORT=8000
EXPOSE 8000
CMD ["qurultay", "serve", "--no-migrate", "--no-demo"]
