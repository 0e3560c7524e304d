"""Synthetic worlds and reports for scale testing and ground truth (`ocgmap synth`).

The pipeline, one job per module:

- `world.build_world` (pure, seeded): `groups`, `crossgroup` (brokers, shared recruiters,
  namesakes), `victims`, `officials`, made through `factory` from the pools in `names`,
  `places`, `typology`, `businesses` and `idents`, into the records of `model`.
- `render.Renderer.render(n)`: report n as a file. A `scene` writes into a `textdoc` (which
  tracks mention offsets) using `variants` and `phrases`; `logs`, `narratives` and `emails`
  hold the scenarios, `facts` the act sentences, `formats` the .txt/.md/.eml layouts.
- `truth` and `readme` write `OUT/truth/`; `run.generate` streams it all to disk.
"""
