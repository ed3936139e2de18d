"""Event extraction: an article body and its publication date in, `ExtractedEvent`s out.

Pure Python (no Django, no network). Modules: `sentences` (segmentation, headings, captions),
`gazetteer`/`data` (pycountry, GeoNames capitals, data tables, the caller's Actor table),
`names`, `actors` and `memory` (name patterns, mentions, title patterns, coreference),
`lexicon`/`lexicon_coop` and `cues` (the per-type cue lexicon and its index), `quotes` (quote
masks), `roles` and `subjects` (subjects, speakers, targets), `acts` and `act_words` (who does
what), `dates`/`dating` (adapter over the temporal tagger; when acts happened), `merge` (one
event per act) and `pipeline` (runs them in article order).
"""
from __future__ import annotations

from .pipeline import extract

__all__ = ["extract"]
