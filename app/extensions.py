"""Extension instances, initialised in the factory with init_app."""

from flask_jwt_extended import JWTManager
from flask_limiter import Limiter

from app.smorest import Api
from app.addresses import client_address

api = Api()
jwt = JWTManager()
limiter = Limiter(key_func=client_address, default_limits=[], headers_enabled=True)
