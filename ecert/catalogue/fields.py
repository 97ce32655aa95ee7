"""Fields many certificate types share, so each is named and labelled once."""

from ecert.catalogue.schema import Field


def personal(name, claim, kind, labels, **options) -> Field:
    """Declare a personal field: it travels only as a selectively disclosable claim."""
    return Field(name, claim, kind, True, labels, **options)


def plain(name, claim, kind, labels, **options) -> Field:
    """Declare a non-personal field: a plain claim every verifier sees."""
    return Field(name, claim, kind, False, labels, **options)


SEXES = ("male", "female")

BIRTH_DATE = personal("birth_date", "bd", "date", ("出生日期", "出生日期", "Date of birth"))
SEX = personal("sex", "sx", "enum", ("性别", "性別", "Sex"), choices=SEXES)
HOUSEHOLD_ADDRESS = personal(
    "address", "ad", "address", ("住址", "住址", "Address"), household=True, max_length=80
)
RESIDENCE_ADDRESS = personal(
    "address", "ad", "address", ("居住地址", "居住地址", "Address of residence"), max_length=80
)
PHOTO = personal("photo", "ph", "photo", ("照片", "相片", "Photo"))
NATIONALITY = personal("nationality", "nat", "string", ("国籍", "國籍", "Nationality"))


def certificate_number(labels=("证件号码", "證件號碼", "Certificate number"), *, personal_=True):
    """Declare the certificate's own number (personal unless it is on a public register)."""
    maker = personal if personal_ else plain
    return maker("number", "no", "string", labels, max_length=40)


def issue_date(labels=("发证日期", "發證日期", "Date of issue")) -> Field:
    """Declare the date printed as issued on the certificate (not personal)."""
    return plain("issued_on", "io", "date", labels)
