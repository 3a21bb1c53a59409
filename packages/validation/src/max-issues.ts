/** Most issues reported for one value: a 10,000-line payload with one mistake per line stays readable. */
export const maxIssues = 20;
