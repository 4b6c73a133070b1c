// members-page: the first page of an organization's members (the people who hold a role in it), ordered as
// members-by-organization.cypher orders them (person id, relationship), each {person, relation, roles}, for the
// statements that answer nested members in the same round trip as their organization (the API primes its members
// loader with them); roles is null, or with $rolesLimit each member's first roles as roles-page gives them. Used as
// `{{members-page organization=o}}`; the query declares $membersLimit, $rolesLimit and $brief. Its variables
// (membership, member) must not be the query's own: a subquery would read them as the outer ones.
COLLECT {
  MATCH ({{organization}})<-[membership:HOLDS_ROLE]-(member:Person)
  WITH membership, member ORDER BY member.id, elementId(membership) LIMIT toInteger($membersLimit)
  RETURN {
    person: {{node-map node=member}},
    relation: membership {.*},
    roles: CASE WHEN $rolesLimit IS NULL THEN null ELSE {{roles-page person=member}} END
  }
}
