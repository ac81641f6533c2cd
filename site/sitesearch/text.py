"""Language processing shared by both engines, applied at index time and at query time.

Text is split into runs by script, not by the page's language, because a buyer on the
Vietnamese site may type Lao or Chinese:
- Latin (Vietnamese, English, place names): NFC, lowercase, strip combining marks, đ → d, and a
  light English plural stemmer ("knives" → "knife"); the exact lowercase form is kept too, so an
  exact-diacritic match can rank above a folded one.
- Lao (no spaces between words): NFC (sara AM U+0EB2 U+0ECD → U+0EB3), then laonlp segmentation.
- Chinese: jieba's search-mode segmentation; the raw run is kept too, for substring/bigram matching.
Every token is returned lowercased and free of characters that mean anything to a query language.
"""
import html
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

MAX_QUERY_LENGTH = 200
MAX_TOKEN_LENGTH = 60  # longer "words" (a 10,000-character paste) are cut, never segmented whole
MAX_QUERY_TOKENS = 12

_LAO = r"\u0e80-\u0eff"
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN = re.compile(rf"([{_LAO}]+)|([{_CJK}]+)|([^\W_]+)")
_CJK_ONLY = re.compile(rf"^[{_CJK}]+$")

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
    for suffix, replacement in (("ives", "ife"), ("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("xes", "x"), ("oes", "o")):
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


def is_cjk(token):
    return bool(_CJK_ONLY.match(token))


def analyse(text, *, for_query=False):
    """Tokens of `text` for matching (folded) and for the exact boost (diacritics kept)."""
    folded, exact = [], []
    for lao, cjk, word in _RUN.findall(normalise(text)):
        if lao:
            parts = [p for p in _lao_tokenizer()(lao[:MAX_TOKEN_LENGTH]) if p.strip()]
            folded += parts
            exact += parts
        elif cjk:
            run = cjk[:MAX_TOKEN_LENGTH]
            if for_query:
                parts = [run]  # matched as a substring (database) or as bigrams (Elasticsearch)
            else:
                parts = [run] + [p for p in _jieba().cut_for_search(run) if p != run]
            folded += parts
            exact += parts
        else:
            word = word[:MAX_TOKEN_LENGTH].lower()
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
    pieces = re.split(rf"([{_LAO}{_CJK}]+|[^\W_]+)", text)
    latin_terms = [t for t in terms if not is_cjk(t)]
    cjk_terms = sorted((t for t in terms if is_cjk(t)), key=len, reverse=True)
    cjk_pattern = re.compile("(" + "|".join(map(re.escape, cjk_terms)) + ")") if cjk_terms else None
    marked, first_match, position = [], None, 0
    for index, piece in enumerate(pieces):
        if index % 2 and cjk_pattern and is_cjk(piece):
            parts = [(part, bool(n % 2)) for n, part in enumerate(cjk_pattern.split(piece)) if part]
        elif index % 2:
            parts = [(piece, any(t in latin_terms or any(t.startswith(q) for q in latin_terms) for t in analyse(piece).folded))]
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
            visible = piece[max(0, start - position): start + length - position]
            out.append(f"<mark>{html.escape(visible)}</mark>" if hit else html.escape(visible))
        position = end
    return ("…" if start else "") + "".join(out) + ("…" if position > start + length else "")
