// members-by-organization: who holds a role in each of these organizations (and so represents it), with what title?
// Parameters:
//   $ids    LIST<STRING>  organization ids
//   $skip   INTEGER       leave out this many members per organization first (paging)
//   $limit  INTEGER       at most this many members per organization
//   $brief  BOOLEAN       nodes with only id, name, title and labels (cypher/include/node-map.cypher) when the request selects nothing else of them
//   $rolesLimit  INTEGER|null  with each member, at most this many of the member's own roles (null: none)
//   $rolesBrief  BOOLEAN       those roles' organizations brief, as $brief
// Returns: one row per HOLDS_ROLE relation: id - the organization id, person - the member's properties and labels, relation - {title, key, sources (how many articles state it; evidence-by-fact has their quotes)}, roles - null, or with $rolesLimit the member's first roles [{organization, relation}] as roles-by-person.cypher orders them; with $brief the nodes carry only id, name, title and labels
// Example: {"ids": ["org:united-states", "org:white-house"], "skip": 0, "limit": 50, "brief": false, "rolesLimit": null, "rolesBrief": false}
// Ordered by person id per organization, before that organization's skip and limit.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
CALL (o) {
  MATCH (o)<-[r:HOLDS_ROLE]-(p:Person)
  RETURN r, p ORDER BY p.id, elementId(r)
  SKIP toInteger($skip) LIMIT toInteger($limit)
}
// The members' own roles when the request nests them (the API reads its selection first): two levels in one round
// trip, each member's roles read once per organization it belongs to in the batch.
RETURN id, {{node-map node=p brief=$brief}} AS person, r {.*} AS relation,
       CASE WHEN $rolesLimit IS NULL THEN null ELSE {{roles-page person=p}} END AS roles
ORDER BY id, p.id, elementId(r)
