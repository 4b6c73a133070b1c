// roles-page: the first page of a person's roles, ordered as roles-by-person.cypher orders them (organization id,
// relationship), each {organization, relation}, for members-by-organization when the request nests each member's
// roles (the API primes its roles loader with them, so that level needs no statement of its own). Used as
// `{{roles-page person=p}}`; the query declares $rolesLimit and $rolesBrief (the organizations brief:
// cypher/include/node-map.cypher). Its variables are named apart from the query's, which a COLLECT sees.
COLLECT {
  MATCH ({{person}})-[heldRole:HOLDS_ROLE]->(roleOrganization:Organization)
  WITH heldRole, roleOrganization ORDER BY roleOrganization.id, elementId(heldRole) LIMIT toInteger($rolesLimit)
  RETURN {organization: {{node-map node=roleOrganization brief=$rolesBrief}}, relation: heldRole {.*}}
}
