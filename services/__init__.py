"""High-frequency services engine (高频事项), framework-free.

Public entry points (the API layer's use-cases call these; repositories and the clock are
injected, see services.repositories and docs/services.md):

- catalogue: `all_items`, `seeded_item`, `catalogue_problems`, `item_problems`
- search: `item_terms`, `search_profile` (stored with an item), `query_terms`, `rank`
- applying: `step_up_needed`, `gather_certificates`, `prefill`, `validate_form`,
  `check_materials`, `provenance`, `applicant_facts`, `decide` (instant approval),
  `CaseNumbers`, `new_case`
- cases: `transition`, `apply_step`, `is_overdue`, `WorkingCalendar`, `due_day`
- ratings: `rate`, `follow_up`, `effective_rating`, `rectification_task`, `RatingPolicy`
- reform figures: `case_summary`, `reform_figures`
"""

from services.assurance import step_up_needed
from services.case_numbers import CaseNumbers, format_case_number, parse_case_number
from services.cases import case_summary, new_case
from services.catalogue import all_items, seeded_item
from services.catalogue.checks import catalogue_problems, item_problems
from services.forms import check_materials, validate_form
from services.instant_approval import Decision, applicant_facts, decide
from services.prefill import gather_certificates, prefill, provenance
from services.ratings import RatingPolicy, effective_rating, follow_up, rate, rectification_task
from services.reform import reform_figures
from services.search import rank
from services.search_terms import item_terms, query_terms, search_profile
from services.time_limits import due_day, is_overdue
from services.workflow import apply_step, transition
from services.working_days import WorkingCalendar

__all__ = [
    "CaseNumbers",
    "Decision",
    "RatingPolicy",
    "WorkingCalendar",
    "all_items",
    "applicant_facts",
    "apply_step",
    "case_summary",
    "catalogue_problems",
    "check_materials",
    "decide",
    "due_day",
    "effective_rating",
    "follow_up",
    "format_case_number",
    "gather_certificates",
    "is_overdue",
    "item_problems",
    "item_terms",
    "new_case",
    "parse_case_number",
    "prefill",
    "provenance",
    "query_terms",
    "rank",
    "rate",
    "rectification_task",
    "reform_figures",
    "search_profile",
    "seeded_item",
    "step_up_needed",
    "transition",
    "validate_form",
]
