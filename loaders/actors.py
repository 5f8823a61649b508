"""Who: resolve the mentions in one article to actors, and find the actor behind a token.

Mentions come from the entity ruler (gazetteer) and the statistical NER. On top of that, a few
explainable in-article rules: a surname after the full name ("Kim" -> Kim Jong Un), a title
before an unknown name ("North Korean leader X" -> acts for PRK), "the North"/"the South" when
the article is about Korea, possessive and personal pronouns, and a definite description that
repeats an earlier head noun ("the office" after "Yoon Suk Yeol's office"). News agencies and
other organisations missing from the gazetteer are not actors.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from importlib.resources import files

from spacy.tokens import Doc, Span, Token

from geokg.loaders.gazetteer import Actor, Gazetteer, load_gazetteer, slug

_KOREA_SIDES = {"north": "PRK", "south": "KOR"}
_PLURAL = {"they", "their"}
# Nouns that refer back: "the country", "the two leaders", "both sides".
_PERSON_NOUNS = {"leader", "president", "minister", "premier", "head"}
_REFERRING_NOUNS = _PERSON_NOUNS | {"country", "nation", "side", "government", "state"}
_PERSONAL = {"he", "she", "him", "her", "his"}
_NON_PERSONAL = {"it", "its"}
_EXPLETIVE_HEADS = {"be", "seem", "appear", "remain"}


@cache
def role_nouns() -> dict[str, str]:
    """Head nouns that name part of a country, with their CAMEO role (data/roles.tsv)."""
    text = files("geokg.loaders").joinpath("data/roles.tsv").read_text("utf-8")
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    return {noun: role for noun, role in csv.reader(rows, delimiter="\t")}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    actor: Actor
    rule: str


class ArticleActors:
    """The actors of one parsed article, and the rules that find the actor behind a token.

    Two passes: named mentions (gazetteer, NER persons), then references that point back to
    them ("the North", "the country", "the two leaders", pronouns). Every resolved mention,
    named or referring, is in `mentions` with the rule that resolved it.
    """

    def __init__(self, doc: Doc, day: date | None, gazetteer: Gazetteer | None = None) -> None:
        self.doc = doc
        self.day = day
        self.gazetteer = gazetteer or load_gazetteer()
        self.mentions: list[Mention] = []
        self._by_token: dict[int, Mention] = {}
        self._groups: dict[int, list[Mention]] = {}  # "the two leaders" -> both of them
        self._resolve_entities()
        self._place_by_apposition()
        self.named = list(self.mentions)
        self.korean_context = any(m.actor.iso3 in ("PRK", "KOR") for m in self.named)
        self._resolve_references()
        self.mentions.sort(key=lambda m: (m.start, m.actor.id))

    def _add(self, start: int, end: int, actor: Actor, rule: str) -> Mention:
        mention = Mention(start, end, self.doc[start:end].text, actor, rule)
        self.mentions.append(mention)
        for i in range(start, end):
            self._by_token.setdefault(i, mention)
        return mention

    # ---------------------------------------------------------------- named mentions

    def _resolve_entities(self) -> None:
        known_people: dict[str, Actor] = {}
        for ent in self.doc.ents:
            found = self._resolve_entity(ent, known_people)
            if found is None:
                continue
            actor, rule = found
            if actor.kind == "person":
                for part in ent.text.replace("-", " ").split():
                    known_people.setdefault(part.lower(), actor)
            role = self._role_of(ent) if actor.kind == "country" and not actor.role else None
            if role == "GOV" and self._office(ent, actor) is not None:
                continue  # "the Russian president": the person holding the office
            if role:
                actor, rule = self.gazetteer.role_actor(actor, role), f"{rule} + {role} noun"
            self._add(ent.start, ent.end, actor, rule)

    def _office(self, ent: Span, country: Actor) -> Mention | None:
        """'the Russian president', 'South Korea's foreign minister': the office holder on the
        article's date (gazetteer terms), as a mention of the whole noun phrase."""
        head = ent.root.head
        if head.tag_ in ("NNS", "NNPS"):
            return None
        words = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i not in
                 range(ent.start, ent.end) and c.ent_type_ == ""]  # fmt: skip
        title = " ".join([*(w.lower_ for w in words), head.lower_])
        person = self.gazetteer.office_holder(country.iso3 or "", title, self.day)
        if person is None:
            return None
        start = min([c.i for c in head.children if c.dep_ == "det"] + [ent.start])
        rule = f"title: {country.label} {title} in office on {self.day}"
        return self._add(start, head.i + 1, person, rule)

    def _place_by_apposition(self) -> None:
        """'Amina Mohammed, Nigeria's foreign minister,': an unknown person acts for the
        country of the role noun in apposition to the name."""
        for index, mention in enumerate(self.mentions):
            if mention.rule != "unknown person":
                continue
            for appos in self.doc[mention.start : mention.end].root.children:
                role = role_nouns().get(appos.lemma_.lower()) if appos.dep_ == "appos" else None
                owner = next(
                    (self._by_token[c.i] for c in appos.children
                     if c.dep_ in ("poss", "amod", "compound") and c.i in self._by_token
                     and self._by_token[c.i].actor.iso3),
                    None,
                )  # fmt: skip
                if role and owner:
                    country = self.gazetteer.countries[owner.actor.iso3]
                    actor = replace(
                        mention.actor, iso3=country.iso3, cameo=f"{country.cameo}{role}", role=role
                    )
                    placed = replace(mention, actor=actor, rule=f"apposition: {appos.text}")
                    self.mentions[index] = placed
                    for i in range(mention.start, mention.end):
                        self._by_token[i] = placed
                    break

    @staticmethod
    def _role_of(span: Span) -> str | None:
        """'Russian troops' -> MIL, 'Saudi and Emirati officials' -> GOV, 'North Korea's
        ministry' -> GOV; not for a title before a name ('Russian President Vladimir Putin')."""
        root = span.root
        while root.dep_ == "conj" and root.head != root:
            root = root.head
        if root.dep_ not in ("amod", "compound", "poss", "nmod"):
            return None
        head = root.head
        role = role_nouns().get(head.lemma_.lower())
        title = head.ent_type_ == "PERSON" or (
            head.dep_ == "compound" and head.head.ent_type_ == "PERSON"
        )
        return None if title else role

    def _resolve_entity(
        self, ent: Span, known_people: dict[str, Actor]
    ) -> tuple[Actor, str] | None:
        if ent.ent_id_:
            return self.gazetteer.lookup(ent.ent_id_, ent.text, self.day)
        if ent.label_ != "PERSON":
            return None  # unknown GPE/ORG/NORP: not an actor we can place
        name = ent.text.strip()
        last = name.replace("-", " ").split()[-1].lower()
        if last in known_people and len(name.split()) == 1:
            return known_people[last], "surname of a person named earlier"
        country, role = self._title_before(ent)
        if country is not None:
            actor = Actor(
                id=f"person/{slug(name)}",
                label=name,
                kind="person",
                iso3=country.iso3,
                cameo=f"{country.cameo}{role or ''}",
                role=role,
            )
            return actor, "title before the name"
        if len(ent) == 1:
            return None  # a lone unknown name ("Share", "Avdiivka") is too often not a person
        return Actor(id=f"person/{slug(name)}", label=name, kind="person"), "unknown person"

    # ---------------------------------------------------------------- references

    def _resolve_references(self) -> None:
        for token in self.doc:
            if token.i in self._by_token:
                continue
            lower = token.lower_
            if lower in _KOREA_SIDES and token.text[0].isupper() and self.korean_context:
                if token.i and self.doc[token.i - 1].lower_ == "the":
                    country = self.gazetteer.countries[_KOREA_SIDES[lower]]
                    self._add(token.i, token.i + 1, country, f"'the {token.text}' about Korea")
            elif token.pos_ == "PRON" or (lower == "both" and token.dep_ == "nsubj"):
                self._resolve_pronoun(token)
            elif token.pos_ == "NOUN" and token.lemma_.lower() in _REFERRING_NOUNS:
                self._resolve_description(token)

    def _resolve_pronoun(self, token: Token) -> None:
        lower = token.lower_
        if lower == "both":
            self._resolve_pair(token, token.i, "'both'")
            return
        antecedent = self.antecedent(token)
        if antecedent is None:
            return
        rule = f"pronoun '{token.text}' -> {antecedent.text}"
        group = self.mention_root(antecedent).conjuncts if lower in _PLURAL else ()
        members = [antecedent, *(m for t in group if (m := self._by_token.get(t.i)))]
        made = [self._add(token.i, token.i + 1, m.actor, rule) for m in members]
        if len(made) > 1:
            self._groups[token.i] = made

    def _resolve_description(self, noun: Token) -> None:
        """'the country' -> the last country named; 'the two leaders' -> the last two people."""
        dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "predet", "nummod")}
        start = min(
            [c.i for c in noun.children if c.dep_ in ("det", "predet", "nummod")] or [noun.i]
        )
        plural = noun.tag_ in ("NNS", "NNPS")
        if plural and dets & {"two", "both"}:
            self._resolve_pair(noun, start, f"'{self.doc[start : noun.i + 1].text}'")
        elif not plural and dets & {"the", "this"}:
            wanted = "person" if noun.lemma_.lower() in _PERSON_NOUNS else "country"
            previous = self._recent(noun.i, wanted, 3)
            # a description picks up the topic: a subject before the nearest other mention
            subjects = [m for m in previous if self.mention_root(m).dep_.startswith("nsubj")]
            previous = subjects or previous
            if previous:
                rule = f"'{self.doc[start : noun.i + 1].text}' -> {previous[0].text}"
                self._add(start, noun.i + 1, previous[0].actor, rule)

    def _resolve_pair(self, token: Token, start: int, phrase: str) -> None:
        wanted = "person" if token.lemma_.lower() in _PERSON_NOUNS | {"both"} else "country"
        pair = self._recent(start, wanted, 2)
        if len(pair) < 2 and wanted == "person" and token.lower_ == "both":
            pair = self._recent(start, "country", 2)
        if len(pair) == 2:
            rule = f"{phrase} -> {pair[1].text} and {pair[0].text}"
            self._groups[token.i] = [self._add(start, token.i + 1, m.actor, rule) for m in pair]

    def _recent(self, before: int, kind: str, count: int) -> list[Mention]:
        """The last `count` distinct actors of a kind named before a position (this or the
        previous sentence), nearest first."""
        sentence = self.doc[before].sent
        earliest = self.doc[sentence.start - 1].sent.start if sentence.start else 0
        found: list[Mention] = []
        for mention in reversed(self.named):
            if mention.end > before or mention.start < earliest or mention.actor.kind != kind:
                continue
            key = mention.actor.iso3 or mention.actor.id
            if all((m.actor.iso3 or m.actor.id) != key for m in found):
                found.append(mention)
            if len(found) == count:
                break
        return found

    def _title_before(self, ent: Span) -> tuple[Actor | None, str | None]:
        """'North Korean leader Kim Jong Un': a nationality and a role noun just before a name."""
        role = None
        for token in reversed(self.doc[max(ent.start - 4, 0) : ent.start]):
            if token.lemma_.lower() in role_nouns():
                role = role or role_nouns()[token.lemma_.lower()]
                continue
            mention = self._by_token.get(token.i)
            if mention and mention.actor.kind == "country":
                return mention.actor, role
            if token.pos_ not in ("PROPN", "ADJ", "NOUN", "PUNCT"):
                break
        return None, None

    # ---------------------------------------------------------------- the actor behind a token

    def group_at(self, token: Token) -> list[tuple[Actor, str]]:
        """All actors of a group reference ('the two leaders', 'they'), else []."""
        return [(m.actor, m.rule) for m in self._groups.get(token.i, ())]

    def actor_of(self, token: Token) -> tuple[Actor, str] | None:
        """The actor a noun phrase headed by `token` refers to, and the rule that said so."""
        mention = self._by_token.get(token.i)
        if mention is not None:
            return mention.actor, mention.rule
        if token.pos_ in ("NOUN", "PROPN"):
            return self._noun_phrase(token)
        return None

    def _noun_phrase(self, token: Token) -> tuple[Actor, str] | None:
        # "Yoon Suk Yeol's office", "North Korean state media", "a delegation from Iran"
        role = role_nouns().get(token.lemma_.lower())
        for child in self._modifiers(token):
            if child.dep_ in ("poss", "amod", "compound", "nmod", "pobj"):
                mention = self._by_token.get(child.i)
                if mention is not None and role:
                    actor = mention.actor
                    if actor.kind == "country":
                        actor = self.gazetteer.role_actor(actor, role)
                    return actor, f"{mention.rule} + '{token.lemma_}'"
        if role and any(c.lower_ == "the" for c in token.children):
            return self._earlier_head(token)
        return None

    @staticmethod
    def _modifiers(noun: Token) -> list[Token]:
        """Children that can say whose a noun is, including 'of'/'from' objects."""
        found = list(noun.children)
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
                found.extend(g for g in prep.children if g.dep_ == "pobj")
        return found

    def _earlier_head(self, token: Token) -> tuple[Actor, str] | None:
        """'the office' refers to the last '<actor>'s office' before it in the article."""
        for previous in reversed(self.doc[: token.i]):
            if previous.lemma_ == token.lemma_ and previous.i != token.i:
                found = self._noun_phrase(previous)
                if found is not None:
                    return found[0], f"'the {token.text}' repeats an earlier mention"
        return None

    def antecedent(self, token: Token) -> Mention | None:
        """The nearest named actor before a pronoun, in the same or the previous sentence.

        'he/she/his/her' want a person; 'its' and subject 'it' a country or organisation;
        'they/their' anyone, preferring a conjoined pair ('Putin and Kim ... their'). Object
        'it' is left alone (usually a thing), and so are nationality adjectives ('North
        Korean leader') and places ('Gaza'): they name no one a pronoun could point back to.
        """
        lower = token.lower_
        if lower == "it" and (token.dep_ != "nsubj" or token.head.lemma_ in _EXPLETIVE_HEADS):
            return None  # "It is absurd that ...", "did not label it": nobody
        if lower in _PERSONAL:
            wanted = {"person"}
        elif lower in _PLURAL:
            wanted = {"person", "country", "organisation"}
        elif lower in _NON_PERSONAL:
            wanted = {"country", "organisation"}
        else:
            return None
        sentence_start = token.sent.start
        previous_sentence = self.doc[sentence_start - 1].sent.start if sentence_start else 0
        candidates = [
            m
            for m in reversed(self.named)
            if m.end <= token.i
            and m.start >= previous_sentence
            and m.actor.kind in wanted
            and m.rule != "demonym"
            and not m.rule.startswith("place in")
            and not self._inside_pp_of(token, m)
        ]
        if lower in _PLURAL:
            grouped = [m for m in candidates if self.mention_root(m).conjuncts]
            candidates = grouped or candidates
        return candidates[0] if candidates else None

    def mention_root(self, mention: Mention) -> Token:
        return self.doc[mention.start : mention.end].root

    def _inside_pp_of(self, pronoun: Token, mention: Mention) -> bool:
        """'its war with Russia': 'its' cannot be Russia, the object of its own noun's PP."""
        noun = pronoun.head
        return any(mention.start <= t.i < mention.end for t in noun.subtree if t.i > noun.i)
