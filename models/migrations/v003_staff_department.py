"""Give every staff account its `department` (older releases had none).

A clerk works only on their department's services. Accounts made before departments get
`department: None`: a clerk without one sees an empty workbench with a clear refusal until
an administrator places them (`PUT /api/v1/admin/staff/<username>/department` or
`flask set-staff-department`); guessing a department would show cases to the wrong people.
"""

VERSION = 3
NAME = "staff department"


def apply(db, now) -> int:
    """Set department to None where a staff account has no department field."""
    result = db.staff.update_many(
        {"department": {"$exists": False}}, {"$set": {"department": None}}
    )
    return result.modified_count
