"""Event extraction: an article body and its publication date in, `ExtractedEvent`s out.

Pure Python (no Django, no network). Modules: `sentences` (segmentation, headings, captions),
`gazetteer` (pycountry + data tables + the caller's Actor table), `actors` (mentions, title
patterns, coreference), `cues` (the per-type lexicon), `dates` (adapter over the temporal
tagger), `pipeline` (acts, dating, merging).
"""
from __future__ import annotations

from .pipeline import extract

__all__ = ["extract"]
