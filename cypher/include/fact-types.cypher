// fact-types: the relationship types of the facts articles state, as one relationship-type expression: every type
// of relationTypes (src/ingest/types.ts) and nothing else (not MENTIONED_IN, which links a node to an article).
// Used as `-[r:{{fact-types}}]-`; test/unit/db/includes.test.ts checks it against relationTypes.
HOLDS_ROLE|PART_OF|PARTICIPATED_IN|PROPOSED|ADDRESSED_TO|REJECTED|DEMANDED|STATED|ABOUT|OCCURRED_IN|TRIGGERED|FOLLOWED|PART_OF_EVENT|HAS_TERM|BINDS|CLAIMED|LOCATED_IN
