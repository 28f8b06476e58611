"""`group list` and `group show` through the real command line, on a demo database: the demo
has one fictitious group on the kostendelersnorm, its members open dossiers of that story,
one of them with individual circumstances recorded."""

from __future__ import annotations

import json

import pytest
from profiles import Profile, Profiles
from test_cli import ok, rows, run

from maatwerkdesk.services.demo.data import GROUP_TITLE


@pytest.fixture(scope="module")
def profile(module_profiles: Profiles) -> Profile:
    made = module_profiles.new("groepen")
    ok(made, "demo", "--cases", "20", "--seed", "5")
    return made


def test_group_list_shows_the_demo_group(profile: Profile) -> None:
    (group,) = json.loads(ok(profile, "group", "list", "--json"))
    assert group["reference"].startswith("GR-") and group["title"] == GROUP_TITLE
    assert group["decision"]["outcome_type"] == "temporary"
    assert group["decision"]["degree"] == {"unit": "months", "value": 6.0}
    checks = [member["check"] for member in group["members"]]
    assert len(checks) >= 2 and checks[-1] == "individual"
    assert all(check == "open" for check in checks[:-1])
    line = ok(profile, "group", "list")
    assert line.startswith(f"{group['reference']}\t{GROUP_TITLE}\t")


def test_group_show_names_the_members_and_their_check(profile: Profile) -> None:
    (group,) = json.loads(ok(profile, "group", "list", "--json"))
    shown = json.loads(ok(profile, "group", "show", group["reference"].lower(), "--json"))
    assert shown == group
    text = ok(profile, "group", "show", group["reference"])
    assert "Gedeeld knelpunt: Fictief voorbeeld." in text
    assert "Groepsbesluit: Tijdelijk maatwerk, 6 maanden" in text
    for member in group["members"]:
        assert member["reference"] in text
    assert "individueel besluiten" in text
    stories = rows(
        profile,
        "SELECT d.status, d.regulation FROM dossier d JOIN group_member m ON m.dossier_id = d.id",
    )
    assert {status for status, _ in stories} <= {"intake", "analyse"}
    assert {regulation for _, regulation in stories} == {"Participatiewet"}


def test_an_unknown_group_is_a_user_error(profile: Profile) -> None:
    result = run(profile, "group", "show", "GR-1999-0001")
    assert result.returncode == 2
    assert "geen groep met kenmerk GR-1999-0001" in result.stderr
