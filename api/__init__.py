"""HTTP resources: one package per resource, registered here in one list."""

from api.appeals.routes import authority_blp as authority_appeals_blp
from api.appeals.routes import blp as appeals_blp
from api.appeals.routes import notifications_blp
from api.appointments.routes import blp as appointments_blp
from api.auth.routes import blp as auth_blp
from api.authority.routes import blp as authority_blp
from api.cases.routes import blp as cases_blp
from api.checkpoint.routes import blp as checkpoint_blp
from api.code_cards.routes import blp as code_cards_blp
from api.dev.routes import blp as dev_blp
from api.ecert.routes import blp as ecert_blp
from api.ecert.routes import public_blp as ecert_public_blp
from api.family.routes import blp as family_blp
from api.health_code.routes import blp as health_code_blp
from api.issuer.routes import blp as issuer_blp
from api.me.routes import blp as me_blp
from api.messages.routes import blp as messages_blp
from api.partners.routes import admin_blp as partner_regions_blp
from api.partners.routes import blp as conversions_blp
from api.payments.routes import blp as payments_blp
from api.privacy.routes import blp as privacy_blp
from api.privacy.routes import notice_blp as privacy_notice_blp
from api.services.routes import admin_blp as services_admin_blp
from api.services.routes import blp as services_blp
from api.staff_admin.routes import blp as staff_admin_blp
from api.stats.routes import blp as stats_blp
from api.step_up.routes import blp as step_up_blp
from api.venues.routes import blp as venues_blp
from api.venues.routes import checkins_blp as venue_checkins_blp
from api.verifier_admin.routes import blp as verifier_admin_blp
from api.wallet.routes import blp as wallet_blp
from api.wallet_family.routes import blp as wallet_family_blp
from api.well_known.routes import blp as well_known_blp
from api.workbench.routes import blp as workbench_blp
from app.smorest import document_missing_resources

BLUEPRINTS = (
    auth_blp,
    me_blp,
    health_code_blp,
    checkpoint_blp,
    authority_blp,
    well_known_blp,
    staff_admin_blp,
    venues_blp,
    venue_checkins_blp,
    appeals_blp,
    authority_appeals_blp,
    notifications_blp,
    conversions_blp,
    partner_regions_blp,
    family_blp,
    code_cards_blp,
    step_up_blp,
    wallet_blp,
    wallet_family_blp,
    ecert_blp,
    ecert_public_blp,
    issuer_blp,
    verifier_admin_blp,
    privacy_notice_blp,
    privacy_blp,
    services_blp,
    services_admin_blp,
    cases_blp,
    workbench_blp,
    appointments_blp,
    payments_blp,
    messages_blp,
    stats_blp,
)
DEVELOPMENT_BLUEPRINTS = (dev_blp,)


def register_blueprints(api, app) -> None:
    """Register every resource; development-only ones only outside production."""
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    if app.config["SMS_PROVIDER"] == "outbox" and app.config["APP_ENV"] != "production":
        for blueprint in DEVELOPMENT_BLUEPRINTS:
            api.register_blueprint(blueprint)
    document_missing_resources(api.spec)
