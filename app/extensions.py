"""Extension instances, initialised in the factory with init_app."""

from flask_jwt_extended import JWTManager
from flask_limiter import HeaderNames, Limiter

from app.addresses import client_address
from app.smorest import Api


class RouteLimiter(Limiter):
    """Flask-Limiter with limits on the routes that declare them, and no check elsewhere.

    Our limits are all on views (logins, SMS codes, family adds) — no default, application or
    blueprint limits — and a decorated view checks its own limits when it is called. The
    library also checks every request in a before_request hook, which for every other
    request (a code display, a scan) found nothing to do at a cost of tens of µs.
    """

    def _check_request_limit(self, callable_name=None, in_middleware=True) -> None:
        if not in_middleware:
            super()._check_request_limit(callable_name=callable_name, in_middleware=False)


api = Api()
jwt = JWTManager()
# Retry-After belongs to the error envelope (429 and 503 set it to the wait their message states);
# Flask-Limiter would otherwise overwrite it on every response with its own window's reset.
limiter = RouteLimiter(
    key_func=client_address,
    default_limits=[],
    headers_enabled=True,
    header_name_mapping={HeaderNames.RETRY_AFTER: "X-RateLimit-Retry-After"},
)
