"""Running the sandbox: in-process on a thread (tests, demo mode) or in the foreground (CLI).

    with SandboxServer(seed="demo") as sandbox:
        client = ProClient(sandbox.base_url, "any-key")

``port=0`` lets the OS choose; ``base_url`` then holds the real port. Without ``db_path`` the
state lives in a temporary directory removed on ``stop()``; with it, the seed is only laid down
when the database is empty, so a restart keeps the day's work.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

import uvicorn

from packstation.sandbox.app import build_app
from packstation.sandbox.context import SandboxState
from packstation.sandbox.faults import FaultRule
from packstation.sandbox.seed import SEEDS
from packstation.sandbox.store import Store

START_TIMEOUT_S = 15.0
STOP_TIMEOUT_S = 10.0
POLL_S = 0.01


class SandboxError(RuntimeError):
    """The sandbox could not start or stop."""


class SandboxServer:
    """A sandbox served by uvicorn on a background thread."""

    def __init__(
        self,
        db_path: Path | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str | None = None,
        seed: str = "empty",
        faults: Iterable[FaultRule] = (),
    ) -> None:
        if seed not in SEEDS:
            raise ValueError(f"unknown seed {seed!r}; choose one of {sorted(SEEDS)}")
        self.host = host
        self.requested_port = port
        self.seed = seed
        self._db_path = db_path
        self._temp_dir: Path | None = None
        self._initial_faults = list(faults)
        self._api_key = api_key
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.state: SandboxState | None = None
        self.port: int | None = None

    @property
    def base_url(self) -> str:
        """Return ``http://HOST:PORT`` of the running sandbox."""
        if self.port is None:
            raise SandboxError("the sandbox is not running")
        return f"http://{self.host}:{self.port}"

    def _prepare_state(self) -> SandboxState:
        if self._db_path is None:
            self._temp_dir = Path(tempfile.mkdtemp(prefix="packstation-sandbox-"))
            db_path = self._temp_dir / "sandbox.sqlite3"
        else:
            db_path = self._db_path
        store = Store(db_path)
        store.open()
        state = SandboxState(store=store, api_key=self._api_key)
        with store.transaction() as tx:
            # A restart on an existing database keeps its data instead of seeding it twice.
            if tx.is_empty():
                SEEDS[self.seed](tx, state.clock.now())
        for rule in self._initial_faults:
            state.faults.add(rule)
        return state

    def start(self) -> None:
        """Open the database, seed it and serve until ``stop()``; returns once listening."""
        if self._thread is not None:
            raise SandboxError("the sandbox is already running")
        self.state = self._prepare_state()
        config = uvicorn.Config(
            build_app(self.state),
            host=self.host,
            port=self.requested_port,
            http="h11",
            ws="none",
            lifespan="off",
            log_level="warning",
            access_log=False,
            timeout_graceful_shutdown=2,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="sandbox", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise SandboxError(f"sandbox did not start on {self.host}:{self.requested_port}")
            time.sleep(POLL_S)
        self.port = self._server.servers[0].sockets[0].getsockname()[1]

    def wait(self) -> None:
        """Block until the server stops (the CLI's foreground mode)."""
        if self._thread is not None:
            while self._thread.is_alive():
                self._thread.join(0.5)

    def stop(self) -> None:
        """Stop serving, join the thread and remove a temporary database."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(STOP_TIMEOUT_S)
            if self._thread.is_alive():
                raise SandboxError("sandbox thread did not stop")
        self._server = None
        self._thread = None
        self.port = None
        if self.state is not None:
            self.state.store.close()
        if self._temp_dir is not None:
            shutil.rmtree(self._temp_dir, ignore_errors=True)
            self._temp_dir = None

    def __enter__(self) -> SandboxServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
