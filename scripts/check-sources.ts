// Placeholder until the frameworks issue lands its checker.
console.log('frameworks:check-sources: no frameworks encoded yet');
