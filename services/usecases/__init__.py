"""The stateful use-cases of high-frequency services, over injected repositories and a clock.

Each module is one area the API calls: `catalogue` (search, guides, favourites),
`catalogue_admin`, `applying` (drafts, pre-fill, submission), `cases` (the resident's cases,
withdraw, correction), `workbench` (clerks), `appointments`, `payments`, `ratings`,
`uploads`, `inbox` (messages), `reform` (figures). `people` says who applies for whom.
"""
