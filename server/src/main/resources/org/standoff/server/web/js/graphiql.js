// The GraphiQL page at /graphiql. Its requests carry this tab's token (the one the reading page
// signed in with), and its Headers tab can add or override headers, e.g.
// {"Authorization": "Bearer sot_…"}; headers typed there are not stored.
import { authorization } from './session.js';

const defaultQuery = `{
  viewer { name role }
  corpus { documentCount }
  documents(first: 5) {
    edges { node { id title quotes(first: 5) { edges { node { text speaker { text entity { canonicalName } } } } } } }
  }
}
`;

const fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: authorization() });
ReactDOM.createRoot(document.getElementById('graphiql'))
  .render(React.createElement(GraphiQL, { fetcher, defaultQuery, headerEditorEnabled: true, shouldPersistHeaders: false }));
