"""Hypothesis profiles and strategies shared by the fuzz tests (fields and readers).

``HYPOTHESIS_PROFILE`` picks the budget: ``fuzz-ci`` (default, a fixed number of examples per test,
the whole fuzz suite in about 20 s) or ``fuzz-long`` (many more examples; see docs/RELIABILITY.md).
Profiles are applied per test with ``@fuzz_settings`` so other tests' settings are not changed.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

settings.register_profile(
    "fuzz-ci",
    max_examples=60,
    deadline=None,
    derandomize=True,  # the same inputs on every CI run: a failure is reproducible
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
settings.register_profile(
    "fuzz-long",
    max_examples=5000,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "fuzz-ci")
if PROFILE not in ("fuzz-ci", "fuzz-long"):
    PROFILE = "fuzz-ci"


def fuzz_settings(scale: float = 1.0) -> settings:
    """Settings for one fuzz test: the chosen profile, ``scale`` times its example count."""
    base = settings.get_profile(PROFILE)
    return settings(base, max_examples=max(5, int(base.max_examples * scale)))


# Any code point, including lone surrogates, control characters, NUL, BOM, RTL marks.
any_char = st.characters(exclude_categories=())
odd_chars = st.sampled_from(
    [
        "\x00",
        "\x1b",
        "\r",
        "\n",
        "\t",
        "\x7f",
        "\x85",
        "\u2028",
        "\u202e",
        "\ufeff",
        "\ufffd",
        "\ud800",
        "\udfff",
        "\U0001f600",
        "e\u0301",
        "\u0130",
        "\uffff",
        ",",
        ";",
        '"',
        "\\",
        ":",
        "=",
        "\r\n",
    ]
)
pieces = st.one_of(any_char, odd_chars)
nasty_text = st.one_of(
    st.text(any_char, max_size=60),
    st.lists(pieces, max_size=120).map("".join),
    st.builds(
        lambda c, n: c * n,
        st.lists(pieces, min_size=1, max_size=3).map("".join),
        st.integers(1, 3000),
    ),
)
