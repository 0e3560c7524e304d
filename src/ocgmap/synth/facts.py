"""Sentences that state one true fact each (the Palermo acts and control), paraphrased, in
active or passive voice, and recorded as stated by the report.
"""

from __future__ import annotations

from ocgmap.synth.phrases import (
    CONTROLS,
    EXPLOITED,
    HARBOURED,
    PAID_DEBT,
    RECRUITED,
    TRANSPORTED,
    verb,
)
from ocgmap.synth.scene import Scene

_CURRENCY = {"GBP": "£", "EUR": "€", "USD": "US$"}


def money(amount: float, currency: str) -> str:
    """Answer "£5,000", "€20,000", "US$30,000"."""
    return f"{_CURRENCY.get(currency, currency + ' ')}{amount:,.0f}"


def means_text(means: list[str]) -> str:
    """Answer "debt bondage, threats against family and violence"."""
    if len(means) == 1:
        return means[0]
    return ", ".join(means[:-1]) + " and " + means[-1]


def _agree(s: Scene, victim: str) -> dict[str, str]:
    """Answer the verb forms that agree with the victim slot (one person or several)."""
    cohort = s.world.cohorts.get(victim)
    if cohort is not None and len(cohort.members) > 1:
        return {"was": "were", "says": "say"}
    return {"was": "was", "says": "says"}


def recruited(s: Scene, recruiter: str, victim: str, method: str, origin: str) -> None:
    """State RECRUITED: `recruiter` recruited `victim` in `origin` by `method`."""
    past, pp = verb(s.rng, "recruit")
    s.sentence(s.rng.choice(RECRUITED), a=s.person(recruiter), v=s.who(victim),
               **_agree(s, victim), past=past, pp=pp, origin=s.place(origin), method=method)
    s.fact("RECRUITED", recruiter, victim)


def transported(s: Scene, transporter: str, victim: str, start: str, end: str,
                mode: str) -> None:
    """State TRANSPORTED: `transporter` moved `victim` from `start` to `end`."""
    past, pp = verb(s.rng, "transport")
    s.sentence(s.rng.choice(TRANSPORTED), a=s.person(transporter), v=s.who(victim),
               **_agree(s, victim), past=past, pp=pp, start=s.place(start), end=s.place(end),
               mode=mode)
    s.fact("TRANSPORTED", transporter, victim)


def harboured(s: Scene, controller: str, victim: str, place: str) -> None:
    """State HARBOURED: `controller` housed `victim` at the address `place`."""
    past, pp = verb(s.rng, "house")
    s.sentence(s.rng.choice(HARBOURED), a=s.person(controller), v=s.who(victim),
               **_agree(s, victim), past=past, pp=pp, place=s.address(place))
    s.fact("HARBOURED", controller, victim)


def exploited(s: Scene, exploiter: str, victim: str, work: str) -> None:
    """State EXPLOITED: `exploiter` made `victim` do `work`."""
    past, pp = verb(s.rng, "force")
    template = s.rng.choice(EXPLOITED)
    if past == "made":  # "made X to work" is not English; the passive "was made to" is
        template = template.replace("{past} {v} to", "made {v}")
    s.sentence(template, a=s.person(exploiter), v=s.who(victim), **_agree(s, victim),
               past=past, pp=pp, work=work)
    s.fact("EXPLOITED", exploiter, victim)


def controls(s: Scene, controller: str, victim: str, means: list[str]) -> None:
    """State CONTROLS: `controller` kept `victim` under control by `means`."""
    past, pp = verb(s.rng, "control")
    s.sentence(s.rng.choice(CONTROLS), a=s.person(controller), v=s.who(victim),
               **_agree(s, victim), past=past, pp=pp, means=means_text(means))
    s.fact("CONTROLS", controller, victim)


def paid_debt(s: Scene, victim: str, controller: str, amount: float, currency: str) -> None:
    """State PAID: `victim` paid `controller` against a debt."""
    s.sentence(s.rng.choice(PAID_DEBT), a=s.person(controller), v=s.who(victim),
               **_agree(s, victim), amount=money(amount, currency))
    s.fact("PAID", victim, controller)
