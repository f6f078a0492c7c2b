"""Guided sessions: participants' viewers follow a facilitator's, without Qt.

`protocol` holds the messages, `invitation` the link a participant pastes,
`facilitator` and `follower` what each side does with the messages, and
`direct` and `broker` carry them (a WebSocket server on the facilitator, or an
MQTT broker both sides connect to). `docs/guide-protocol.md` describes it.
"""
