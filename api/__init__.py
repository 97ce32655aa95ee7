"""HTTP resources: one package per resource, registered here in one list."""

from api.auth.routes import blp as auth_blp
from api.authority.routes import blp as authority_blp
from api.checkpoint.routes import blp as checkpoint_blp
from api.dev.routes import blp as dev_blp
from api.health_code.routes import blp as health_code_blp
from api.me.routes import blp as me_blp
from api.staff_admin.routes import blp as staff_admin_blp
from api.well_known.routes import blp as well_known_blp

BLUEPRINTS = (auth_blp, me_blp, health_code_blp, checkpoint_blp, authority_blp, well_known_blp,
              staff_admin_blp)
DEVELOPMENT_BLUEPRINTS = (dev_blp,)


def register_blueprints(api, app) -> None:
    """Register every resource; development-only ones only outside production."""
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    if app.config["SMS_PROVIDER"] == "outbox" and app.config["APP_ENV"] != "production":
        for blueprint in DEVELOPMENT_BLUEPRINTS:
            api.register_blueprint(blueprint)
