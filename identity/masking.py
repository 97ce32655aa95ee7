"""Mask personal data for display: 138****5678, 440***********123X, 张*明."""


def mask_phone(phone: str) -> str:
    """Keep the first 3 and last 4 digits of a phone number."""
    if len(phone) < 8:
        return "*" * len(phone)
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]


def mask_document(number: str) -> str:
    """Keep the first 3 and last 4 characters of an 18-char number; less for short ones."""
    if len(number) >= 15:
        return number[:3] + "*" * (len(number) - 7) + number[-4:]
    if len(number) >= 6:
        return number[:1] + "*" * (len(number) - 3) + number[-2:]
    return "*" * len(number)


def mask_name(name: str) -> str:
    """Hide the middle of a name: 张三 → 张*, 张小明 → 张*明, John Smith → J*** S****."""
    name = name.strip()
    if " " in name:
        return " ".join(part[:1] + "*" * (len(part) - 1) for part in name.split())
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]
