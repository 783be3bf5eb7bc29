"""A TLS server on loopback with a self-signed certificate, counting the connections it gets.

The certificate is made with the ``openssl`` command (the ``cryptography`` package is not a
dependency of the project). A client that trusts the certificate gets ``[]`` as a JSON answer to
any request; one that does not fails its handshake. Either way the connection is counted, so a
test can tell whether a client kept trying.
"""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
from pathlib import Path
from types import TracebackType

_ANSWER = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
    b"Connection: close\r\n\r\n[]"
)
_IO_TIMEOUT_S = 5.0


def openssl_available() -> bool:
    """Whether the ``openssl`` command is on PATH."""
    return shutil.which("openssl") is not None


def make_self_signed(directory: Path) -> tuple[Path, Path]:
    """Create a certificate for 127.0.0.1 and localhost and its key; return (cert, key)."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1,DNS:localhost",
        ],  # fmt: skip
        check=True,
        capture_output=True,
        timeout=60,
    )
    return cert, key


class CountingTlsServer:
    """Serves TLS on 127.0.0.1 (port chosen by the OS) until closed."""

    def __init__(self, cert: Path, key: Path) -> None:
        self._context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self._context.load_cert_chain(cert, key)
        self._listener: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self.connections = 0
        self.handshakes_failed = 0

    @property
    def url(self) -> str:
        """The https URL of the server."""
        assert self._listener is not None, "the server is not started"
        return f"https://127.0.0.1:{self._listener.getsockname()[1]}"

    def __enter__(self) -> CountingTlsServer:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self._thread = threading.Thread(target=self._serve, name="tls-server", daemon=True)
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self._listener is not None:
            self._listener.close()

    def _serve(self) -> None:
        assert self._listener is not None
        while not self._stopping.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            with self._lock:
                self.connections += 1
            with connection:
                self._answer(connection)

    def _answer(self, connection: socket.socket) -> None:
        connection.settimeout(_IO_TIMEOUT_S)
        try:
            with self._context.wrap_socket(connection, server_side=True) as secured:
                secured.recv(65536)
                secured.sendall(_ANSWER)
        except (ssl.SSLError, OSError):
            with self._lock:
                self.handshakes_failed += 1
