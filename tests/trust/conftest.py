from tests.grants.conftest import grants, spend  # noqa: F401  (the grants fixture and its row helper)
