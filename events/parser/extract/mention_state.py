"""One sentence's mentions while `actors.find_mentions` reads them: what is found so far and
which characters a mention already covers. A module of its own so that the passes, each in the
module of the kind of mention it reads (`mentions_known.py`, `mentions_people.py`,
`mentions_refs.py`), share it without importing `actors.py`, which imports them."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..types import ActorRef
from .history import of_its_day
from .memory import Memory, Mention


@dataclass(slots=True)
class MentionState:
    text: str  # the sentence
    offset: int  # where the sentence starts in the body
    mem: Memory
    gaz_spans: list[tuple[int, int]]  # the gazetteer's names in the sentence, not demonyms
    found: list[Mention] = field(default_factory=list)
    taken: bytearray = field(init=False)  # 1 where a mention already covers the character

    def __post_init__(self) -> None:
        self.taken = bytearray(len(self.text) + 1)

    def free(self, a: int, b: int) -> bool:
        return self.taken.find(1, a, b) < 0

    def add(self, a: int, b: int, ref: ActorRef, how: str) -> None:
        poss = self.text[b:b + 2] in ("'s", "’s")
        if ref.kind == "state":
            ref = of_its_day(ref, self.mem.published)
        self.found.append(Mention(self.offset + a, self.offset + b, ref, how, poss))
        self.taken[a:b] = b"\x01" * (b - a)

    def hold(self, a: int, b: int) -> None:  # words read as part of another's mention
        self.taken[a:b] = b"\x01" * (b - a)

    def add_pair(self, a: int, b: int, refs) -> None:
        """Each of several actors named by one phrase ("the two leaders", "they")."""
        for ref in refs:
            self.found.append(Mention(self.offset + a, self.offset + b, ref, "pair"))
        self.hold(a, b)

    def in_gazetteer(self, a: int, b: int) -> bool:
        return any(not (b <= s or a >= e) for s, e in self.gaz_spans)
