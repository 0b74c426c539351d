// Renders GraphiQL into #graphiql. A file, not an inline script, so the page's Content-Security-Policy
// can forbid inline script.
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
const defaultQuery = '{\n  corpus { documentCount }\n  documents(first: 5) {\n'
  + '    edges { node { id title quotes(first: 5) { edges { node { text speaker { text entity'
  + ' { canonicalName } } } } } } }\n  }\n}\n';
ReactDOM.createRoot(document.getElementById('graphiql'))
  .render(React.createElement(GraphiQL, { fetcher, defaultQuery }));
