// node-map: a node as the API maps it (src/graphql/mapping/nodes.ts): every property and its labels, or, when the
// flag given as `brief` is true, only its id, name, title and labels, marked `brief`. The API asks for brief nodes
// when the request selects nothing else of them (src/graphql/briefNodes.ts): most answers list ids and titles, and
// reading, sending and decoding every property of every node was most of a list's time. Used as
// `{{node-map node=n brief=$brief}}`, the flag a parameter the query declares (one per level where a statement
// returns several, so that events asked for in full do not make their participants whole too).
CASE WHEN {{brief}} THEN {{node}} {.id, .name, .title, labels: labels({{node}}), brief: true} ELSE {{node}} {.*, labels: labels({{node}})} END
