// negotiating-roles: the roles in which an actor takes part in a negotiation as one of its sides (a mediator does
// not negotiate). Used as `p.role IN {{negotiating-roles}}`; every role is one of the annotation schema's roles.
['party', 'lead negotiator', 'negotiator']
