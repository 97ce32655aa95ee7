"""URL converters: an id that cannot be one answers 404 before any view runs."""

from bson import ObjectId
from bson.errors import InvalidId
from werkzeug.routing import BaseConverter, ValidationError


class ObjectIdConverter(BaseConverter):
    """`<objectid:name>`: a 24-hex-character ObjectId, given to the view as an ObjectId."""

    regex = "[0-9a-fA-F]{24}"

    def to_python(self, value: str) -> ObjectId:
        try:
            return ObjectId(value)
        except InvalidId:
            raise ValidationError() from None

    def to_url(self, value) -> str:
        return str(value)


OBJECT_ID_SPEC = {"type": "string", "pattern": "^[0-9a-fA-F]{24}$"}
