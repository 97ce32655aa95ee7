"""The catalogue: search and browse, guides, hot services, favourites, recently used, admin."""

from api.common import (
    PageQuerySchema,
    current_account_id,
    current_actor,
    optional_account_id,
    page,
    page_of,
)
from api.services.schemas import (
    AdminServiceQuerySchema,
    GuideEditSchema,
    GuideQuerySchema,
    GuideSchema,
    GuideVersionSchema,
    HotQuerySchema,
    ServiceDepartmentSchema,
    ServiceItemSchema,
    ServiceQuerySchema,
    ThemeSchema,
)
from app.container import container
from app.smorest import Blueprint

blp = Blueprint(
    "services",
    __name__,
    url_prefix="/api/v1/services",
    description="High-frequency services: search, guides, favourites",
)
admin_blp = Blueprint(
    "services_admin",
    __name__,
    url_prefix="/api/v1/admin/services",
    description="Catalogue maintenance: edit guides (versioned), publish, withdraw (admin)",
)


@blp.route("", methods=["GET"])
@blp.arguments(ServiceQuerySchema, location="query")
@blp.response(200, page_of(ServiceItemSchema))
def find_services(query):
    """Search (Chinese, pinyin, initials) or browse the catalogue, with filters."""
    return page(container().catalogue.find(query))


@blp.route("/hot", methods=["GET"])
@blp.arguments(HotQuerySchema, location="query")
@blp.response(200, page_of(ServiceItemSchema))
def hot_services(query):
    """List the services residents use most."""
    items = container().catalogue.hot(query["limit"])
    return page((items, len(items)))


@blp.route("/themes", methods=["GET"])
@blp.response(200, page_of(ThemeSchema))
def themes():
    """List the life events (人生事件) and themes that group services."""
    found = container().catalogue.themes()
    return page((found, len(found)))


@blp.route("/departments", methods=["GET"])
@blp.response(200, page_of(ServiceDepartmentSchema))
def departments():
    """List the departments that provide services."""
    found = container().catalogue.departments()
    return page((found, len(found)))


@blp.route("/favourites", methods=["GET"])
@blp.resident_required
@blp.arguments(PageQuerySchema, location="query")
@blp.response(200, page_of(ServiceItemSchema))
def my_favourites(query):
    """List my favourite services, newest first."""
    favourites = container().catalogue.favourites_of
    return page(favourites(current_account_id(), query["limit"], query["offset"]))


@blp.route("/recent", methods=["GET"])
@blp.resident_required
@blp.arguments(PageQuerySchema, location="query")
@blp.response(200, page_of(ServiceItemSchema))
def my_recent(query):
    """List the services I looked at or applied for lately, newest first."""
    recent = container().catalogue.recent_of
    return page(recent(current_account_id(), query["limit"], query["offset"]))


@blp.route("/<objectid:item_id>", methods=["GET"])
@blp.refuses(401)
@blp.arguments(GuideQuerySchema, location="query")
@blp.response(200, GuideSchema)
def guide(query, item_id):
    """Show a guide; with a resident token, also what pre-fill offers and the wallet covers."""
    account_id = optional_account_id()
    return container().catalogue.guide(item_id, account_id, query["dependant_id"])


@blp.route("/<objectid:item_id>/favourite", methods=["PUT"])
@blp.resident_required
@blp.response(200, ServiceItemSchema)
def add_favourite(item_id):
    """Keep a service among my favourites (again is harmless)."""
    return container().catalogue.add_favourite(current_account_id(), item_id)


@blp.route("/<objectid:item_id>/favourite", methods=["DELETE"])
@blp.resident_required
@blp.response(204)
def remove_favourite(item_id):
    """Take a service off my favourites."""
    container().catalogue.remove_favourite(current_account_id(), item_id)


@admin_blp.route("", methods=["GET"])
@admin_blp.staff_required("admin")
@admin_blp.arguments(AdminServiceQuerySchema, location="query")
@admin_blp.response(200, page_of(ServiceItemSchema))
def admin_list(query):
    """List catalogue items, published and withdrawn."""
    admin = container().catalogue_admin
    return page(admin.list(query["status"], query["limit"], query["offset"]))


@admin_blp.route("/<objectid:item_id>", methods=["PATCH"])
@admin_blp.refuses(409)
@admin_blp.staff_required("admin")
@admin_blp.arguments(GuideEditSchema)
@admin_blp.response(200, GuideSchema)
def admin_edit(body, item_id):
    """Store a new guide version (checked like the seed); name the version you edited."""
    admin = container().catalogue_admin
    return admin.edit(item_id, body["guide_version"], body["changes"], current_actor())


@admin_blp.route("/<objectid:item_id>/publish", methods=["POST"])
@admin_blp.staff_required("admin")
@admin_blp.response(200, GuideSchema)
def admin_publish(item_id):
    """Publish an item: residents find it and can apply."""
    return container().catalogue_admin.publish(item_id, current_actor())


@admin_blp.route("/<objectid:item_id>/withdraw", methods=["POST"])
@admin_blp.staff_required("admin")
@admin_blp.response(200, GuideSchema)
def admin_withdraw(item_id):
    """Withdraw an item: hidden from residents; cases already made go on."""
    return container().catalogue_admin.withdraw(item_id, current_actor())


@admin_blp.route("/<objectid:item_id>/versions", methods=["GET"])
@admin_blp.staff_required("admin")
@admin_blp.arguments(PageQuerySchema, location="query")
@admin_blp.response(200, page_of(GuideVersionSchema))
def admin_versions(query, item_id):
    """List the guide versions of an item, newest first."""
    admin = container().catalogue_admin
    return page(admin.versions_of(item_id, query["limit"], query["offset"]))
