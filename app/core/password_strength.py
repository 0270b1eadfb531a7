"""How long an offline attack on the vault would take: zxcvbn taught Chinese password habits.

Anyone who copies the vault file can guess passwords offline, as fast as their hardware
allows; the only brake is SQLCipher's key derivation, PBKDF2-HMAC-SHA512 with 256 000
iterations. zxcvbn estimates how many guesses a smart attacker needs (dictionaries, names,
dates, keyboard walks, repeats); we add the habits of Chinese passwords, shipped in
`resources/passwords/` (pinyin surnames and given names, full pinyin names, lucky numbers,
keyboard walks, 11-digit mobile numbers, 18-character ID numbers, month-day birthdays) and
the user's own data, and turn the guesses into a time a borrower understands.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from app.core.messages import text
from app.core.paths import resource_dir

MIN_LENGTH = 8
DEFAULT_MIN_SCORE = 3  # zxcvbn's "safely unguessable" against a slow hash; below it needs an explicit yes
ESTIMATED_LENGTH = 100  # zxcvbn's work grows with the square of the length; the rest only adds strength

GUESSES_PER_SECOND = 10_000
"""Guesses a second against this vault on one high-end gaming graphics card.

SQLCipher 4 derives the key with PBKDF2-HMAC-SHA512 and 256 000 iterations, so each guess
costs 256 000 HMAC-SHA512 iterations. Published hashcat 6 benchmarks (`hashcat -b`, mode
12100, PBKDF2-HMAC-SHA512 with 999 iterations, i.e. 1 000 iterations a hash) give about
1.18 million hashes a second on an RTX 3080: 1.18e9 iterations a second, or
1.18e9 / 256 000 ≈ 4 600 vault guesses a second. A current top gaming card (RTX 4090
class) is roughly twice as fast at SHA-512, about 9 000–10 000 guesses a second; we
assume 10 000. Ten such cards are ten times faster, which changes "hours" into "tens of
minutes" but not "longer than a lifetime" into anything an attacker can wait for.
"""

MOBILE = re.compile(r"1[3-9]\d{9}")
ID_NUMBER = re.compile(r"\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]")
MONTH_DAY = re.compile(r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
HANZI_RUN = re.compile(r"[\u4e00-\u9fff]+")
DIGITS = re.compile(r"\d{4,}")
LATIN_WORD = re.compile(r"[a-z]{3,}")

PERSONAL_GUESSES = 10_000
"""Guesses for a mobile or ID number: the people who would want the file know them.

Collectors hold the borrower's phone, ID number and address book; family and colleagues know
them too. So an attacker tries the numbers of the owner and their contacts first (a few
hundred people, a few variants each), not all 10^10 possible numbers.
"""
MONTH_DAY_GUESSES = 366

# zxcvbn's English feedback -> our catalogue code (both languages live in app.core.messages)
FEEDBACK_CODES: dict[str, str] = {
    "Use a few words, avoid common phrases.": "password.fb.use_words",
    "No need for symbols, digits, or uppercase letters.": "password.fb.no_symbols_needed",
    "Add another word or two. Uncommon words are better.": "password.fb.add_words",
    "Straight rows of keys are easy to guess.": "password.fb.straight_rows",
    "Short keyboard patterns are easy to guess.": "password.fb.short_keyboard",
    "Use a longer keyboard pattern with more turns.": "password.fb.longer_keyboard",
    'Repeats like "aaa" are easy to guess.': "password.fb.repeats_aaa",
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': "password.fb.repeats_abc",
    "Avoid repeated words and characters.": "password.fb.avoid_repeats",
    'Sequences like "abc" or "6543" are easy to guess.': "password.fb.sequences",
    "Avoid sequences.": "password.fb.avoid_sequences",
    "Recent years are easy to guess.": "password.fb.recent_years",
    "Avoid recent years.": "password.fb.avoid_recent_years",
    "Avoid years that are associated with you.": "password.fb.avoid_your_years",
    "Dates are often easy to guess.": "password.fb.dates",
    "Avoid dates and years that are associated with you.": "password.fb.avoid_dates",
    "This is a top-10 common password.": "password.fb.top10",
    "This is a top-100 common password.": "password.fb.top100",
    "This is a very common password.": "password.fb.very_common",
    "This is similar to a commonly used password.": "password.fb.similar_common",
    "A word by itself is easy to guess.": "password.fb.single_word",
    "Names and surnames by themselves are easy to guess.": "password.fb.names_alone",
    "Common names and surnames are easy to guess.": "password.fb.common_names",
    "Capitalization doesn't help very much.": "password.fb.capitalization",
    "All-uppercase is almost as easy to guess as all-lowercase.": "password.fb.all_upper",
    "Reversed words aren't much harder to guess.": "password.fb.reversed",
    "Predictable substitutions like '@' instead of 'a' don't help very much.": "password.fb.substitutions",
}

# warnings for the Chinese dictionaries and patterns, by dictionary name
OUR_WARNINGS: dict[str, str] = {
    "cn_habits": "password.fb.cn_habit",
    "cn_names": "password.fb.cn_name",
    "user_inputs": "password.fb.personal",
    "mobile": "password.fb.mobile",
    "id_number": "password.fb.id_number",
    "month_day": "password.fb.dates",
}


@dataclass(frozen=True, slots=True, eq=False)
class WordLists:
    """The shipped lists: Chinese habits to recognise and words to suggest passphrases from."""

    surnames: tuple[str, ...]  # pinyin, most common first
    given_names: tuple[str, ...]
    habits: tuple[str, ...]
    surname_hanzi: dict[str, str]  # surname in characters -> its pinyin (a surname's reading can differ: 曾 zeng)
    words_en: tuple[str, ...]
    words_pinyin: tuple[str, ...]

    def full_names(self) -> list[str]:
        """Surname + given name in pinyin, the likelier combinations first."""
        pairs = [(s_rank * g_rank, s + g) for s_rank, s in enumerate(self.surnames, 1) for g_rank, g in enumerate(self.given_names, 1)]
        return [name for _rank, name in sorted(pairs)]

    def passphrase_words(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.words_en + self.words_pinyin))


def _lines(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append(line.split())
    return rows


def read_word_lists(folder: Path) -> WordLists:
    surnames = _lines(folder / "surnames.txt")
    return WordLists(
        surnames=tuple(row[0] for row in surnames),
        given_names=tuple(row[0] for row in _lines(folder / "given_names.txt")),
        habits=tuple(row[0] for row in _lines(folder / "habits.txt")),
        surname_hanzi={written: pinyin for pinyin, *characters in surnames for written in characters},
        words_en=tuple(row[0] for row in _lines(folder / "words_en.txt")),
        words_pinyin=tuple(row[0] for row in _lines(folder / "words_pinyin.txt")),
    )


@lru_cache(maxsize=1)
def shipped_word_lists() -> WordLists:
    """The lists in resources/passwords (read once)."""
    return read_word_lists(resource_dir() / "passwords")


@lru_cache(maxsize=4)
def _dictionaries(lists: WordLists) -> dict[str, dict[str, int]]:
    """zxcvbn's ranked dictionaries plus ours (zxcvbn is imported on first use: its lists take a moment)."""
    from zxcvbn import matching

    ranked = dict(matching.RANKED_DICTIONARIES)
    ranked.pop("user_inputs", None)
    ranked["cn_habits"] = matching.build_ranked_dict(lists.habits)
    ranked["cn_names"] = matching.build_ranked_dict([*lists.surnames, *lists.given_names, *lists.full_names()])
    return ranked


def warm_up() -> None:
    """Load zxcvbn and the shipped lists ahead of the first keystroke (call it off the UI thread)."""
    _dictionaries(shipped_word_lists())


def _to_pinyin(name: str, lists: WordLists) -> list[str]:
    """Pinyin forms of a name written in characters: full, surname, given name, given + surname, initials.

    A leading surname is read from our table (its surname reading: 曾 zeng, 单 shan); the rest
    through pypinyin (imported here: its tables take half a second to load, and only the
    change-password check needs them).
    """
    from pypinyin import lazy_pinyin

    forms: list[str] = []
    for run in HANZI_RUN.findall(name):
        surname = next((run[:size] for size in (2, 1) if run[:size] in lists.surname_hanzi), "")
        head = [lists.surname_hanzi[surname]] if surname else []
        syllables = head + lazy_pinyin(run[len(surname):], errors="ignore")
        if not syllables:
            continue
        given = "".join(syllables[1:])
        forms += ["".join(syllables), syllables[0], given, given + syllables[0], "".join(s[0] for s in syllables)]
    return [form for form in forms if len(form) >= 2]


def personal_words(values: Iterable[str], lists: WordLists) -> tuple[str, ...]:
    """The forms of the user's own data an attacker who knows them would try first (pass them to `estimate`)."""
    words: list[str] = []
    for value in values:
        value = str(value or "").strip().lower()
        if not value:
            continue
        words.append(value.replace(" ", ""))
        words.extend(_to_pinyin(value, lists))
        for digits in DIGITS.findall(value.replace(" ", "")):
            words.extend([digits, digits[-4:], digits[-6:]])
            if len(digits) >= 17:  # an ID number: region, birthday, sequence
                birthday = digits[6:14]
                words.extend([birthday, birthday[2:], birthday[4:]])
        words.extend(LATIN_WORD.findall(value))
    return tuple(dict.fromkeys(word for word in words if len(word) >= 2))


def _pattern_matches(password: str) -> list[dict]:
    """Mobile numbers, ID numbers and month-day birthdays, as zxcvbn dictionary matches."""
    found = []
    for name, pattern, guesses in (
        ("mobile", MOBILE, PERSONAL_GUESSES),
        ("id_number", ID_NUMBER, PERSONAL_GUESSES),
        ("month_day", MONTH_DAY, MONTH_DAY_GUESSES),
    ):
        for start in range(len(password)):
            hit = pattern.match(password, start)
            if hit:
                token = hit.group(0)
                found.append({
                    "pattern": "dictionary", "i": start, "j": hit.end() - 1, "token": token, "matched_word": token.lower(),
                    "rank": guesses, "dictionary_name": name, "reversed": False, "l33t": False,
                })
    return found


@dataclass(frozen=True, slots=True)
class Estimate:
    """What the meter shows: score 0–4, guesses, attack time, and feedback as catalogue codes."""

    score: int
    guesses: int
    seconds: Decimal  # at GUESSES_PER_SECOND
    warning: str  # a catalogue code, or ""
    suggestions: tuple[str, ...]
    too_short: bool

    def acceptable(self, minimum_score: int) -> bool:
        return not self.too_short and self.score >= minimum_score


def estimate(password: str, lists: WordLists, personal: Sequence[str] = ()) -> Estimate:
    """The estimate for `password`; `personal` holds `personal_words()` of the user's own data."""
    from zxcvbn import feedback as zx_feedback
    from zxcvbn import matching, scoring
    from zxcvbn.time_estimates import guesses_to_score

    checked = password[:ESTIMATED_LENGTH]
    if not checked:
        return Estimate(0, 1, Decimal(0), "", (), True)
    dictionaries = dict(_dictionaries(lists))
    dictionaries["user_inputs"] = matching.build_ranked_dict(personal)
    matches = matching.omnimatch(checked, dictionaries) + _pattern_matches(checked)
    result = scoring.most_guessable_match_sequence(checked, sorted(matches, key=lambda m: (m["i"], m["j"])))
    guesses = int(result["guesses"])
    score = guesses_to_score(guesses)
    advice = zx_feedback.get_feedback(score, result["sequence"])
    warning = FEEDBACK_CODES.get(advice["warning"], "") if advice["warning"] else ""
    ours = [m for m in result["sequence"] if m.get("dictionary_name") in OUR_WARNINGS]
    if ours and score <= 2:
        warning = OUR_WARNINGS[max(ours, key=lambda m: len(m["token"]))["dictionary_name"]]
    suggestions = tuple(FEEDBACK_CODES[s] for s in advice["suggestions"] if s in FEEDBACK_CODES)
    return Estimate(score, guesses, Decimal(guesses) / GUESSES_PER_SECOND, warning, suggestions, len(password) < MIN_LENGTH)


# --- words a borrower understands -----------------------------------------------------------
LIFETIME_SECONDS = 100 * 365 * 86_400
_UNITS = (("year", 365 * 86_400), ("month", 30 * 86_400), ("day", 86_400), ("hour", 3_600), ("minute", 60))


def crack_time_text(seconds: Decimal, lang: str) -> str:
    """'about 3 hours on one gaming graphics card' / 'longer than a lifetime …', in `lang`."""
    if seconds >= LIFETIME_SECONDS:
        return text("password.time.lifetime", lang)
    if seconds < 60:
        return text("password.time.instant", lang)
    for unit, size in _UNITS:
        if seconds >= size:
            count = max(1, round(seconds / size))
            break
    amount = text(f"password.unit.{unit}" + ("_one" if count == 1 else ""), lang, n=count)
    return text("password.time.about", lang, time=amount)


def verdict_text(result: Estimate, lang: str) -> str:
    """One line: the verdict word and the attack time."""
    if result.too_short:
        return text("password.too_short", lang, n=MIN_LENGTH)
    return text("password.verdict", lang, score=text(f"password.score.{result.score}", lang),
                time=crack_time_text(result.seconds, lang))


def advice_text(result: Estimate, lang: str) -> str:
    """zxcvbn's warning and its first suggestion in `lang` (two sentences at most: the meter has room for that)."""
    codes = ([result.warning] if result.warning else []) + list(result.suggestions[:1])
    return ("" if lang == "zh_CN" else " ").join(text(code, lang) for code in codes)


# --- suggestions ----------------------------------------------------------------------------
def suggest_passphrase(lists: WordLists, count: int = 5) -> str:
    """`count` words drawn with `secrets` from the English and pinyin lists, joined by hyphens."""
    words = lists.passphrase_words()
    return "-".join(secrets.choice(words) for _ in range(count))
