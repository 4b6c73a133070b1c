// negotiation-kinds: the kinds of event that are negotiations, where parties meet (a mediation event is not one:
// mediators sit on it, or on the negotiation itself). Used as `e.kind IN {{negotiation-kinds}}`; every kind is one
// of the annotation schema's event kinds (test/unit/db/includes.test.ts).
['talks', 'negotiation']
