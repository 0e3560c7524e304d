// Every report's title, date and grading.
MATCH (r:Report)
RETURN r.id AS id, coalesce(r.title, '') AS title, r.date AS date, r.grading AS grading
