"""TLS: plain HTTP only to this computer, certificates always verified, a clear refusal.

What counts as "this computer" is decided by :func:`packstation.pro.http.is_loopback_host`:
``localhost`` and literal 127.0.0.0/8 or ``::1`` addresses, nothing a resolver would have to
interpret (``127.1``, ``localhost.``, ``127.0.0.1.evil.com``, IPv4-mapped IPv6).
"""

from __future__ import annotations

import ipaddress
import re
import ssl
from pathlib import Path

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from packstation.config import load_settings
from packstation.domain.session import Stage
from packstation.pro import ProClient
from packstation.pro.errors import ProCertificateError
from packstation.pro.http import ProConfigError, check_base_url, is_loopback_host
from packstation.station import open_station
from tests.conftest import PROJECT_ROOT
from tests.security.leaks import KNOWN_KEY
from tests.security.tls_server import CountingTlsServer, make_self_signed, openssl_available

LOOKALIKES = [
    "127.0.0.1.evil.com",
    "localhost.example",
    "localhost.",
    "localhost.localdomain",
    "evil.com#@127.0.0.1",
    "127.1",
    "0x7f000001",
    "2130706433",
    "0.0.0.0",
    "[::]",
    "[::ffff:7f00:1]",
    "[::ffff:127.0.0.1]",
    "127.0.0.1:80@evil.com",
    "127.0.0.1%2e.evil.com",
    "192.168.1.10",
    "10.0.0.5",
    "api.electioapp.com",
]
LOOPBACKS = ["127.0.0.1", "127.0.0.2", "127.255.255.254", "localhost", "LOCALHOST", "[::1]"]


def _refused(url: str) -> bool:
    try:
        check_base_url(url)
    except ProConfigError:
        return True
    return False


@pytest.mark.parametrize("host", LOOKALIKES)
def test_plain_http_to_a_lookalike_of_this_computer_is_refused(host: str) -> None:
    assert _refused(f"http://{host}:8080/")
    with pytest.raises(ProConfigError, match="only allowed to this computer|not"):
        ProClient(f"http://{host}/", KNOWN_KEY)


@pytest.mark.parametrize("host", LOOPBACKS)
def test_plain_http_to_this_computer_is_allowed(host: str) -> None:
    assert not _refused(f"http://{host}:8080/")


_labels = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,12}[a-z0-9])?", fullmatch=True)
_names = st.lists(_labels, min_size=1, max_size=4).map(".".join)
_hosts = st.one_of(
    _names,
    st.ip_addresses(v=4).map(str),
    st.ip_addresses(v=6).map(lambda address: f"[{address}]"),
    st.tuples(st.sampled_from(LOOPBACKS), _names).map(lambda pair: f"{pair[0]}.{pair[1]}"),
    st.tuples(_names, st.sampled_from(LOOPBACKS)).map(lambda pair: f"{pair[0]}@{pair[1]}"),
    st.tuples(st.sampled_from(LOOPBACKS), _names).map(lambda pair: f"{pair[0]}@{pair[1]}"),
    st.sampled_from(LOOKALIKES + LOOPBACKS),
)


def _connects_to_loopback(url: str) -> bool:
    """Decide independently where httpx would connect, by the rule in the module docstring."""
    host = httpx.URL(url).host
    if host.lower() == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address):
        return address == ipaddress.IPv6Address("::1")
    return address in ipaddress.IPv4Network("127.0.0.0/8")


@given(host=_hosts, port=st.integers(1, 65535))
def test_plain_http_is_allowed_exactly_when_the_client_would_connect_to_loopback(
    host: str, port: int
) -> None:
    url = f"http://{host}:{port}/api"
    try:
        loopback = _connects_to_loopback(url)
    except httpx.InvalidURL:
        assert _refused(url)
        return
    assert _refused(url) is not loopback, url
    if not loopback:
        assert not _refused(url.replace("http://", "https://", 1)), "https goes anywhere"


def test_the_loopback_rule_holds_for_hosts_as_httpx_reports_them() -> None:
    assert is_loopback_host("127.0.0.1") and is_loopback_host("::1")
    assert not is_loopback_host("::ffff:127.0.0.1") and not is_loopback_host("127.1")


_UNVERIFIED = re.compile(
    r"verify\s*=\s*False|CERT_NONE|check_hostname\s*=\s*False|_create_unverified_context"
    r"|PYTHONHTTPSVERIFY|ssl\._create_default_https_context"
)


def test_no_code_turns_certificate_verification_off() -> None:
    sources = sorted((PROJECT_ROOT / "packstation").rglob("*.py"))
    assert len(sources) > 50, "the product's source was found"
    offenders = [
        f"{path.relative_to(PROJECT_ROOT)}:{number}: {line.strip()}"
        for path in sources
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if _UNVERIFIED.search(line)
    ]
    assert offenders == []


def test_the_source_scan_would_see_a_disabled_verification() -> None:
    assert _UNVERIFIED.search("httpx.Client(verify = False)")
    assert _UNVERIFIED.search("context.verify_mode = ssl.CERT_NONE")
    assert _UNVERIFIED.search("context.check_hostname=False")


needs_openssl = pytest.mark.skipif(
    not openssl_available(), reason="the openssl command (to make a self-signed certificate)"
)


@pytest.fixture
def self_signed(tmp_path: Path) -> tuple[Path, Path]:
    return make_self_signed(tmp_path)


@needs_openssl
def test_an_untrusted_certificate_is_refused_once_in_words(
    self_signed: tuple[Path, Path],
) -> None:
    cert, key = self_signed
    with CountingTlsServer(cert, key) as server, ProClient(server.url, KNOWN_KEY) as client:
        with pytest.raises(ProCertificateError) as refused:
            client.shipping_locations()
        assert server.connections == 1, "a certificate failure is not retried"
    error = refused.value
    assert error.retryable is False and error.request_sent is False
    assert "certificate" in error.message and "127.0.0.1" in error.message
    assert "self-signed" in error.message or "self signed" in error.message
    assert KNOWN_KEY not in error.message


@needs_openssl
def test_the_same_server_works_for_a_client_that_trusts_its_certificate(
    self_signed: tuple[Path, Path],
) -> None:
    cert, key = self_signed
    trusting = httpx.HTTPTransport(verify=ssl.create_default_context(cafile=str(cert)))
    with (
        CountingTlsServer(cert, key) as server,
        ProClient(server.url, KNOWN_KEY, transport=trusting) as client,
    ):
        assert client.shipping_locations() == []
        assert server.handshakes_failed == 0


@needs_openssl
def test_a_station_behind_an_untrusted_certificate_says_so_and_does_not_storm(
    self_signed: tuple[Path, Path], tmp_path: Path
) -> None:
    cert, key = self_signed
    (tmp_path / "documents").mkdir()
    with CountingTlsServer(cert, key) as server:
        environ = {
            "PACKSTATION_API_ENVIRONMENT": "custom",
            "PACKSTATION_API_URL": server.url,
            "PACKSTATION_LOCATION": "LOC-1",
            "PACKSTATION_LABEL_PRINTER": "tcp://127.0.0.1:9",
            "PACKSTATION_DOCUMENT_PRINTER": (tmp_path / "documents").as_uri(),
            "PACKSTATION_DATA_DIR": str(tmp_path / "data"),
        }
        settings = load_settings(tmp_path / "station.toml", environ=environ).settings
        station = open_station(settings, KNOWN_KEY)
        try:
            view = station.engine.scan("WEB-10021")
        finally:
            station.close()
        assert server.connections == 1, "one refused handshake, no retries"
    assert view.stage is Stage.FAILED
    assert "certificate" in view.message, view.message
