"""Joining a guided session in the real window: from Join to the facilitator's stop painted, with the
tour already on the participant's machine and open at another stop (run by bench_guide)."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.viewer_child import _open, _paint_clock, _settled, _shown, _wait


def main(tour: str) -> None:
    from tourviewer.core.guide.direct import DirectServer
    from tourviewer.core.guide.facilitator import Guide
    from tourviewer.core.loader import load_tour
    from tourviewer.core.session import TourSession

    result = load_tour(Path(tour))  # the facilitator's tour, read before the window opens
    app, window = _open(tour, tempfile.mkdtemp(prefix="tourviewer-bench-join-"))
    times = []
    for target in (41, 23, 37, 11, 29):  # far from the stop the participant is at: not prefetched
        facilitator = TourSession()
        facilitator.open(result, at=f"stop-{target}")
        guide = Guide(facilitator, Path(tour), "Ana")
        server = DirectServer(guide, "127.0.0.1")
        invitation = guide.invitation(host="127.0.0.1", port=server.start())
        window.session.first()
        _wait(app, lambda: _shown(window) and _settled(window)())
        clock = _paint_clock(window)
        start = time.perf_counter()
        window.join_guided_session(invitation, "Bo")
        _wait(
            app,
            lambda start=start, target=target, clock=clock: window.session.index == target
            and _shown(window)
            and clock.painted > start,
        )
        times.append((clock.painted - start) * 1000)
        window.guided.leave()
        server.close()
    times.sort()
    print(json.dumps({"guide_join_ms": round(times[len(times) // 2], 2), "guide_join_max_ms": round(times[-1], 2)}),
          flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
