"""Which peers may speak for the client: the proxies named in QURULTAY_TRUSTED_PROXIES, and nobody else.

The client address keys the rate limits of anonymous callers (log-in attempts, anonymous writes). Believing
X-Forwarded-For from any peer lets a caller pick a fresh key per request; believing it from 127.0.0.1 (uvicorn's
default) lets anything on the host do the same. So the app decides it, from one setting, and `qurultay serve`
turns uvicorn's own proxy handling off.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class TrustedProxies:
    def __init__(self, entries: Iterable[str]) -> None:
        # "10.0.0.5" and "10.0.0.0/8" alike; a typo fails at start, not silently per request.
        self.networks: tuple[Network, ...] = tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)

    def __bool__(self) -> bool:
        return bool(self.networks)

    def trusts(self, host: str | None) -> bool:
        if not self.networks or not host:
            return False
        try:
            address = ipaddress.ip_address(host)
        except ValueError:  # a name or a unix socket: not an address we were told to trust
            return False
        return any(address in network for network in self.networks)

    def client(self, forwarded_for: str) -> str | None:
        """The client a chain of proxies reports: walking X-Forwarded-For from the nearest hop, the first address
        that is not one of our proxies (anything left of it was written by the client and proves nothing); the
        leftmost when every hop is ours."""
        hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
        for hop in reversed(hops):
            if not self.trusts(hop):
                return hop
        return hops[0] if hops else None
