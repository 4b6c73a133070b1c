// roles-page: the first page of a person's roles (the organizations it holds a role in), ordered as
// roles-by-person.cypher orders them (organization id, relationship), each {organization, relation}, for the
// statements that answer nested roles in the same round trip as their person (the API primes its roles loader with
// them). Used as `{{roles-page person=p}}`; the query declares $rolesLimit and $brief. Its variables (held, holder)
// must not be the query's own.
COLLECT {
  MATCH ({{person}})-[held:HOLDS_ROLE]->(holder:Organization)
  WITH held, holder ORDER BY holder.id, elementId(held) LIMIT toInteger($rolesLimit)
  RETURN {organization: {{node-map node=holder}}, relation: held {.*}}
}
