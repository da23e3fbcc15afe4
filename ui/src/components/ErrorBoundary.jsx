import { Component } from 'react';
import { t } from '../i18n.js';

/** Shows what broke instead of a blank page when a page fails to render, and logs it for the browser console. */
export class ErrorBoundary extends Component {
  constructor(props) {
    super(props);
    this.state = { error: null };
  }

  static getDerivedStateFromError(error) {
    return { error };
  }

  componentDidCatch(error) {
    // eslint-disable-next-line no-console
    console.error('The Add-on Marketplace UI failed to render', error);
  }

  render() {
    if (this.state.error) {
      return (
        <div className="am-content" role="alert">
          <h1>{t('crash.title')}</h1>
          <p>{t('crash.body')}</p>
          <pre className="am-scope">{String(this.state.error.message || this.state.error)}</pre>
        </div>
      );
    }
    return this.props.children;
  }
}
