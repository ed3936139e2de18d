"""Who acts and what they did (issue 4, tenth round): the shapes of sentence and name that
session 10's new sets and phrasebook batch s showed the parser getting wrong.

The sentences are written for the test; none comes from the held-out sets.
"""
from __future__ import annotations

from tests.parsing import kinds


def test_a_surname_with_a_lower_case_particle_is_the_person_named_in_full():
    body = ("U.N. Secretary-General Javier Perez de Cuellar announced his ruling in New York.\n\n"
            "In the ruling, Perez de Cuellar ordered France to pay compensation.")
    assert ("demand", "Javier Perez de Cuellar") in kinds(body)
    # ...while another first name before a known surname is still another person
    body = ("King Hussein of Jordan flew to Baghdad on Monday.\n\n"
            "Saddam Hussein rejected the plan.")
    assert ("rejection", "King Hussein") not in kinds(body)
