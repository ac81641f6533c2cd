"""Language processing shared by both engines, applied at index time and at query time.

Text is split into runs by script, not by the page's language, because a buyer on the
Vietnamese site may type Lao or Chinese. Which scripts need their own segmenter, and which one,
comes from the language table (core.languages: each row's `script` and `segmenter`):
- words (Latin: Vietnamese, English, place names): NFC, lowercase, strip combining marks, đ → d,
  and a light English plural stemmer ("knives" → "knife"); the exact lowercase form is kept too, so
  an exact-diacritic match can rank above a folded one.
- laonlp (Lao, no spaces between words): NFC (sara AM U+0EB2 U+0ECD → U+0EB3), then laonlp.
- jieba (Chinese): search-mode segmentation; the raw run is kept too, for substring/bigram matching.
- runs (a script with no segmenter yet): the run kept whole and matched as a substring, like Chinese.
Every token is returned lowercased and free of characters that mean anything to a query language.
"""

import html
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from core import languages

MAX_QUERY_LENGTH = 200
MAX_TOKEN_LENGTH = 60  # longer "words" (a 10,000-character paste) are cut, never segmented whole
MAX_QUERY_TOKENS = 12

SEGMENTERS = {"words", "laonlp", "jieba", "runs"}  # the names a core.languages row may give
# Segmenters whose tokens are matched as substrings (database LIKE, Elasticsearch bigrams).
SUBSTRING_SEGMENTERS = {"jieba", "runs"}

# Spellings that folding alone does not merge: folded variant → folded canonical form.
SYNONYMS = {"phia": "phja"}


@dataclass(frozen=True)
class Analysed:
    folded: list  # what matching uses
    exact: list  # lowercase NFC words with diacritics, for the exact-match boost


def normalise(text):
    text = unicodedata.normalize("NFC", (text or "").replace("\x00", " "))
    # NFC leaves a Lao sara AM typed as two code points alone (U+0EB3 has only a compatibility
    # decomposition), in either order: compose it by hand so both spellings index alike.
    return text.replace("\u0ecd\u0eb2", "\u0eb3").replace("\u0eb2\u0ecd", "\u0eb3")


def fold(word):
    """Lowercase, strip combining marks, đ → d: "MIẾN Đén" → "mien den"."""
    decomposed = unicodedata.normalize("NFD", word.lower().replace("đ", "d").replace("Đ", "d"))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def stem(word):
    """English plurals to their singular, enough for a shop ("chestnuts", "knives", "berries")."""
    if len(word) <= 3 or not word.isascii():
        return word
    for suffix, replacement in (
        ("ives", "ife"),
        ("ies", "y"),
        ("sses", "ss"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("xes", "x"),
        ("oes", "o"),
    ):
        if word.endswith(suffix):
            return word[: -len(suffix)] + replacement
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=1)
def _lao_tokenizer():
    from laonlp.tokenize import word_tokenize

    return word_tokenize


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


@dataclass(frozen=True)
class _Scripts:
    table: tuple  # the core.languages table these were built from
    segmenters: tuple  # one per script group of `runs`, in order
    runs: re.Pattern  # a group per segmented script, then one for words
    any_script: str  # every segmented script's ranges, for highlight()
    substring_only: re.Pattern


_scripts_cache = None


def _scripts():
    """The run patterns for the current language table, rebuilt only when the table changes."""
    global _scripts_cache
    table = languages.all_languages()
    if _scripts_cache is None or _scripts_cache.table is not table:
        by_script = {row.script: row.segmenter for row in table if row.script and row.segmenter != "words"}
        if unknown := set(by_script.values()) - SEGMENTERS:
            raise LookupError(f"core.languages names segmenters sitesearch.text lacks: {sorted(unknown)}")
        substring = "".join(script for script, segmenter in by_script.items() if segmenter in SUBSTRING_SEGMENTERS)
        _scripts_cache = _Scripts(
            table=table,
            segmenters=tuple(by_script.values()),
            runs=re.compile("".join(f"([{script}]+)|" for script in by_script) + r"([^\W_]+)"),
            any_script="".join(by_script),
            substring_only=re.compile(rf"^[{substring}]+$") if substring else re.compile(r"(?!)"),
        )
    return _scripts_cache


def is_cjk(token):
    """True for a token matched as a substring (Chinese, or a script segmented as "runs")."""
    return bool(_scripts().substring_only.match(token))


def _segment(segmenter, run, *, for_query):
    if segmenter == "laonlp":
        return [p for p in _lao_tokenizer()(run) if p.strip()]
    if segmenter == "jieba" and not for_query:
        return [run] + [p for p in _jieba().cut_for_search(run) if p != run]
    return [run]  # a query's Chinese run, or any "runs" run: a substring (database) or bigrams (Elasticsearch)


def analyse(text, *, for_query=False):
    """Tokens of `text` for matching (folded) and for the exact boost (diacritics kept)."""
    folded, exact = [], []
    scripts = _scripts()
    for match in scripts.runs.finditer(normalise(text)):
        group = match.lastindex - 1
        if group < len(scripts.segmenters):
            parts = _segment(
                scripts.segmenters[group], match.group(match.lastindex)[:MAX_TOKEN_LENGTH], for_query=for_query
            )
            folded += parts
            exact += parts
        else:
            word = match.group(match.lastindex)[:MAX_TOKEN_LENGTH].lower()
            folded_word = stem(fold(word))
            folded.append(SYNONYMS.get(folded_word, folded_word))
            exact.append(word)
    return Analysed(folded, exact)


def joined(tokens):
    """The stored form: tokens between spaces, so " token " finds a whole word with LIKE."""
    return " " + " ".join(tokens) + " " if tokens else ""


@dataclass(frozen=True)
class ParsedQuery:
    raw: str
    terms: list  # folded tokens, each must match
    exact: list  # the same tokens with diacritics, for the boost
    truncated: bool

    @property
    def empty(self):
        return not self.terms


def parse_query(raw):
    """Cut to MAX_QUERY_LENGTH characters; operators and quotes are just punctuation here."""
    text = normalise(raw or "").strip()
    truncated = len(text) > MAX_QUERY_LENGTH
    text = text[:MAX_QUERY_LENGTH]
    analysed = analyse(text, for_query=True)
    terms, exact = [], []
    for folded_token, exact_token in zip(analysed.folded, analysed.exact):
        if folded_token not in terms and len(terms) < MAX_QUERY_TOKENS:
            terms.append(folded_token)
            exact.append(exact_token)
    return ParsedQuery(raw=text, terms=terms, exact=exact, truncated=truncated)


def highlight(text, terms, *, length=220):
    """HTML: an excerpt of `text` around the first match, matched words wrapped in <mark>."""
    text = normalise(text)
    if not text:
        return ""
    segmented = _scripts().any_script
    pieces = re.split(rf"([{segmented}]+|[^\W_]+)" if segmented else r"([^\W_]+)", text)
    latin_terms = [t for t in terms if not is_cjk(t)]
    cjk_terms = sorted((t for t in terms if is_cjk(t)), key=len, reverse=True)
    cjk_pattern = re.compile("(" + "|".join(map(re.escape, cjk_terms)) + ")") if cjk_terms else None
    marked, first_match, position = [], None, 0
    for index, piece in enumerate(pieces):
        if index % 2 and cjk_pattern and is_cjk(piece):
            parts = [(part, bool(n % 2)) for n, part in enumerate(cjk_pattern.split(piece)) if part]
        elif index % 2:
            parts = [
                (
                    piece,
                    any(t in latin_terms or any(t.startswith(q) for q in latin_terms) for t in analyse(piece).folded),
                )
            ]
        else:
            parts = [(piece, False)]
        for part, hit in parts:
            if hit and first_match is None:
                first_match = position
            marked.append((part, hit))
            position += len(part)
    start = max(0, (first_match or 0) - length // 3)
    out, position = [], 0
    for piece, hit in marked:
        end = position + len(piece)
        if end > start and position < start + length:
            visible = piece[max(0, start - position) : start + length - position]
            out.append(f"<mark>{html.escape(visible)}</mark>" if hit else html.escape(visible))
        position = end
    return ("…" if start else "") + "".join(out) + ("…" if position > start + length else "")
