// members-page: the first page of an organization's members, ordered as members-by-organization.cypher orders them
// (person id, relationship), each {person, relation, roles}: roles is null, or with $rolesLimit the member's own
// first roles (roles-page). For entity-events-participants when the request nests the participating organizations'
// members (the API primes its members and roles loaders with them). Used as `{{members-page organization=o}}`; the
// query declares $membersLimit, $membersBrief (the members brief: cypher/include/node-map.cypher), $rolesLimit and
// $rolesBrief. Its variables are named apart from the query's, which a COLLECT sees.
COLLECT {
  MATCH ({{organization}})<-[memberRole:HOLDS_ROLE]-(member:Person)
  WITH memberRole, member ORDER BY member.id, elementId(memberRole) LIMIT toInteger($membersLimit)
  RETURN {
    person: {{node-map node=member brief=$membersBrief}},
    relation: memberRole {.*},
    roles: CASE WHEN $rolesLimit IS NULL THEN null ELSE {{roles-page person=member}} END
  }
}
