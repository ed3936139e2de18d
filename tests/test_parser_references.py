"""Later references to an actor the article introduced (issue 4, seventh round): "the court",
"the commission", "the bloc" for the organisation named before.

Every sentence here is written for the test (no corpus text).
"""
from __future__ import annotations

from tests.parsing import kinds, pairs


def test_it_reads_the_court_as_the_court_the_article_named():
    got = pairs("The International Court of Justice ruled on Tuesday on the maritime border. "
                "The court rejected Kenya's argument that the line ran due east.")
    assert ("rejection", "International Court of Justice", "Kenya") in got


def test_it_reads_a_head_noun_as_the_latest_organisation_with_that_noun():
    got = kinds("The Eritrea-Ethiopia Boundary Commission ruled in April. Ethiopia rejected "
                "the ruling. The commission said in a set of observations that the town lay "
                "on the Eritrean side.")
    assert ("statement", "Eritrea-Ethiopia Boundary Commission") in got
    got = kinds("The UN Security Council met on Monday. The council urged both sides to "
                "resume talks.")
    assert ("call_for_talks", "UN Security Council") in got


def test_it_reads_the_bloc_as_the_organisation_just_named():
    got = kinds("The European Union condemned the attack. The bloc said it would impose new "
                "sanctions on Minsk.")
    assert ("threat", "European Union") in got


def test_it_leaves_a_head_noun_alone_when_no_such_organisation_was_named():
    # no court was named: "the court" is no one the article introduced
    got = kinds("Kenya's foreign minister spoke on Monday. The court rejected the appeal.")
    assert not any(actor == "Kenya" for _, actor in got if _ == "rejection")
    # a council of someone else's is not the one named before
    got = kinds("The UN Security Council met on Monday. The council of elders urged both "
                "sides to resume talks.")
    assert ("call_for_talks", "UN Security Council") not in got
