"""Extension instances, initialised in the factory with init_app."""

from flask_jwt_extended import JWTManager
from flask_limiter import HeaderNames, Limiter

from app.addresses import client_address
from app.smorest import Api

api = Api()
jwt = JWTManager()
# Retry-After belongs to the error envelope (429 and 503 set it to the wait their message states);
# Flask-Limiter would otherwise overwrite it on every response with its own window's reset.
limiter = Limiter(
    key_func=client_address,
    default_limits=[],
    headers_enabled=True,
    header_name_mapping={HeaderNames.RETRY_AFTER: "X-RateLimit-Retry-After"},
)
